/**
 * annals: turn news into event data. The library API: build a coder once, code articles, store them.
 *
 * @example
 * import { createCoder, openStore } from 'annals';
 * const coder = createCoder();
 * const { doc, records } = coder.code(article);
 * const store = await openStore('annals.db'); // or 'postgres://user@host/annals'
 * await store.save(doc, records);
 */
export * from './model/index.js';
export { codeArticle, createCoder, toRecords, eventId, type Coder, type CoderOptions, type CodedArticle } from './coder/index.js';
export { createPipeline, type Pipeline, type Stage, type Capability } from './pipeline/index.js';
export { nlp, createAnalyzer } from './nlp/index.js';
export { actors, loadActors, loadActorDictionary, compileActors } from './actors/index.js';
export { events, loadLexicon } from './events/index.js';
export { time, findDates } from './time/index.js';
export { loadCameo, type CameoCode, type CameoTable } from './cameo/index.js';
export { readInputs, toArticle } from './ingest/index.js';
export {
  openStore, openSqliteStore, type Store, type SyncStore, type StoreOptions, type EventQuery, type SaveResult,
} from './store/index.js';
export { formatter, type OutputFormat } from './format/index.js';
export { HEAP_GROWING_PERCENT, limitHeapGrowth } from './batch/heap.js';
