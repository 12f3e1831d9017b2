import { join } from 'node:path';
import type { CompiledActors } from '../actors/index.js';
import type { Message } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer, type GazetteerOptions, type LoadedGazetteer } from './load.js';
import { eventPlaces } from './locate.js';
import { places } from './places.js';
import { BUILTIN_PLACES_DIR } from './sources.js';
import { readAmbiguousNames } from './words.js';

export type { Candidate, Gazetteer } from './gazetteer.js';
export type { GazetteerOptions, LoadedGazetteer } from './load.js';
export type { PlaceEntry, PlaceRecord } from './types.js';
export type { Resolution, StoryContext } from './resolve.js';
export { createGazetteer } from './gazetteer.js';
export { defaultCacheDir, ensureGazetteerIndex, loadGazetteer, sourceSignature } from './load.js';
export { placeKey, withoutArticle } from './fold.js';
export { resolvePlace, prior } from './resolve.js';
export { buildIndex } from './build.js';
export { BUILTIN_PLACES_DIR, cities500File, readGeoNames } from './sources.js';
export { eventPlaces } from './locate.js';
export { places } from './places.js';

/** The two geo stages and what loading them found: `places` after actors, `eventPlaces` after events. */
export interface GeoStages {
  places: Stage;
  eventPlaces: Stage;
  gazetteer: Gazetteer;
  loaded: LoadedGazetteer;
  /** Problems with the place data or the index cache, as messages. */
  problems: Message[];
}

/** Where the gazetteer comes from, and whether each place keeps the reasons it was chosen (`annals explain`). */
export interface GeoOptions extends GazetteerOptions {
  explain?: boolean;
}

/** Load the gazetteer (from its cache when it can) and make the geo stages over it. */
export function loadGeo(compiled: CompiledActors, options: GeoOptions = {}): GeoStages {
  const loaded = loadGazetteer(options);
  const ambiguous = readAmbiguousNames(join(options.placesDir ?? BUILTIN_PLACES_DIR, 'ambiguous-names.txt'));
  const problems: Message[] = loaded.problems.map((p) => ({
    severity: 'warning', ruleId: 'data/broken-entry', reason: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`,
  }));
  return {
    places: places({ gazetteer: loaded.gazetteer, compiled, ambiguous, explain: options.explain === true }),
    eventPlaces: eventPlaces(loaded.gazetteer),
    gazetteer: loaded.gazetteer, loaded, problems,
  };
}
