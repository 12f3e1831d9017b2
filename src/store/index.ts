export type { EventFilter, EventQuery, SaveResult, Store, SyncStore, Synchronous } from './store.js';
export type {
  ActorCount, ArticleSummary, BBox, DyadCount, EventSort, Period, PlaceCount, StoreViews, StoredArticle, TimelinePoint,
  ViewQuery,
} from './views.js';
export { EVENT_SORTS, PERIODS } from './views.js';
export { MAX_SEARCH_TERMS, searchTerms } from './search.js';
export type {
  ClusterArticle, ClusterCounts, ClusterSlot, CodedOutcome, CommitResult, DuplicateOutcome, Fingerprint, IngestOutcome,
  IngestStore, IngestedArticle, NearDuplicateCandidate, StoredCluster,
} from './ingest.js';
export { sourceKey } from './source-key.js';
export { describeLocation, isPostgresUrl, openStore } from './open.js';
export type { StoreOptions } from './open.js';
export { asyncStore } from './sqlite/async.js';
export { openSqliteStore } from './sqlite/store.js';
export type { SqliteStoreOptions } from './sqlite/store.js';
