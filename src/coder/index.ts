import { actors, loadActors, roleResolver, unknownNames } from '../actors/index.js';
import { loadCameo, type CameoTable } from '../cameo/index.js';
import { contexts, discards, events, loadLexicon } from '../events/index.js';
import { loadGeo, type GeoOptions } from '../geo/index.js';
import { toArticle } from '../ingest/index.js';
import type { AnnalsDocument, Article, ArticleInput, EventRecord, Message } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { time } from '../time/index.js';
import { toRecords } from './records.js';

export { eventId, toRecords } from './records.js';

/** Options for building a coder. */
export interface CoderOptions {
  /** Extra actor dictionary folders, merged over the built-in ones (`--dict`). */
  dictionaries?: string[];
  /** Extra lexicon folders, added to the built-in one. */
  lexicons?: string[];
  /** Where the gazetteer comes from and is cached, whether places keep their reasons (`src/geo/`); false for no places. */
  geo?: GeoOptions | false;
}

/** A coded article: the whole document and its event records. */
export interface CodedArticle {
  doc: AnnalsDocument;
  records: EventRecord[];
}

/** A ready coder: resources loaded once, then any number of articles coded. */
export interface Coder {
  pipeline: Pipeline;
  cameo: CameoTable;
  /** Problems found while loading dictionaries and lexicon (file, line, reason). */
  problems: Message[];
  code(article: Article): CodedArticle;
}

/** Load dictionaries, lexicon and the NLP model, and compose the default pipeline. */
export function createCoder(options: CoderOptions = {}): Coder {
  const cameo = loadCameo();
  const { compiled, dictionary } = loadActors(options.dictionaries ?? []);
  const lexicon = loadLexicon(undefined, (code) => cameo.has(code));
  if (options.lexicons?.length) {
    const extra = loadLexicon(options.lexicons, (code) => cameo.has(code), lexicon.words);
    for (const [head, list] of extra.verbs) lexicon.verbs.set(head, [...list, ...(lexicon.verbs.get(head) ?? [])]);
    for (const [head, list] of extra.nouns) lexicon.nouns.set(head, [...list, ...(lexicon.nouns.get(head) ?? [])]);
    lexicon.problems.push(...extra.problems);
  }
  const problems: Message[] = [...dictionary.problems, ...lexicon.problems].map((p) => ({
    severity: 'warning', ruleId: 'data/broken-entry', reason: `${p.file}:${p.line}: ${p.reason}`,
  }));
  const roleAt = roleResolver(compiled);
  const geo = options.geo === false ? null : loadGeo(compiled, options.geo ?? {});
  if (geo) problems.push(...geo.problems);
  const pipeline = createPipeline(geo
    ? [nlp(createAnalyzer()), actors(compiled), geo.places, unknownNames(compiled), time(), events(lexicon, cameo, roleAt), discards(), contexts(cameo), geo.eventPlaces]
    : [nlp(createAnalyzer()), actors(compiled), unknownNames(compiled), time(), events(lexicon, cameo, roleAt), discards(), contexts(cameo)]);
  return {
    pipeline, cameo, problems,
    code(article) {
      const doc = pipeline.run(article);
      return { doc, records: toRecords(doc) };
    },
  };
}

/**
 * Code one article in one call. Builds a coder each time: for many articles, use `createCoder()` once.
 *
 * @example
 * const { records } = codeArticle({ text: 'Russia granted asylum to Assad.', published: '2024-12-09' });
 */
export function codeArticle(input: ArticleInput, options: CoderOptions = {}): CodedArticle {
  const item = toArticle(input, 'argument');
  if (!item.ok) throw new Error(`${item.origin}: ${item.reason}`);
  return createCoder(options).code(item.article);
}
