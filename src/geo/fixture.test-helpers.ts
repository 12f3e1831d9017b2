import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actors, compileActors, loadActorDictionary } from '../actors/index.js';
import { loadCameo } from '../cameo/index.js';
import { discards, events, loadLexicon } from '../events/index.js';
import type { AnnalsDocument } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { time } from '../time/index.js';
import { loadGeo, type GeoStages } from './index.js';

/** The test gazetteer: `test/fixtures/geo/cities.txt` and `places/`, with the actor fixtures. */
export const GEO_FIXTURES = new URL('../../test/fixtures/geo/', import.meta.url).pathname;
const ACTOR_FIXTURES = new URL('../../test/fixtures/actors/', import.meta.url).pathname;

/** A fresh temporary cache folder. */
export function tempCache(): string {
  return mkdtempSync(join(tmpdir(), 'annals-geo-test-'));
}

/** The geo stages over the test gazetteer, cached in a temporary folder. */
export function fixtureGeo(): GeoStages {
  const compiled = compileActors(loadActorDictionary(ACTOR_FIXTURES));
  return loadGeo(compiled, { cities: join(GEO_FIXTURES, 'cities.txt'), placesDir: join(GEO_FIXTURES, 'places'), cacheDir: tempCache(), explain: true });
}

/** nlp, actors and places over the fixtures: enough to read place mentions. */
export function placesPipeline(geo: GeoStages = fixtureGeo()): Pipeline {
  const compiled = compileActors(loadActorDictionary(ACTOR_FIXTURES));
  return createPipeline([nlp(createAnalyzer()), actors(compiled), geo.places]);
}

/** The whole pipeline over the fixtures (actor fixtures, the built-in lexicon), with event locations. */
export function fullPipeline(geo: GeoStages = fixtureGeo()): Pipeline {
  const compiled = compileActors(loadActorDictionary(ACTOR_FIXTURES));
  const cameo = loadCameo();
  const lexicon = loadLexicon(undefined, (c) => cameo.has(c));
  return createPipeline([nlp(createAnalyzer()), actors(compiled), geo.places, time(), events(lexicon, cameo), discards(), geo.eventPlaces]);
}

/** Run a pipeline over one text. */
export function run(pipeline: Pipeline, text: string, published = '2026-01-26'): AnnalsDocument {
  return pipeline.run({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
}

/** The place mentions of a document as "text=name/country". */
export function placesOf(doc: AnnalsDocument): string[] {
  return doc.mentions.filter((m) => m.place).map((m) => `${m.text}=${m.place!.name}/${m.place!.country ?? '-'}`);
}
