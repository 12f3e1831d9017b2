import type { AnnalsDocument, EventRecord } from '../model/index.js';
import type { IngestStore } from './ingest.js';
import type { BBox, EventSort, StoreViews } from './views.js';

/** Which events to count or aggregate. Every filter is optional; they combine with AND. */
export interface EventFilter {
  /** A CAMEO actor code prefix, on the source or the target, in any case: `SYR` matches `SYR` and `SYRGOV`. */
  actor?: string;
  /** A PLOVER event type, in any case: `CONSULT`. */
  type?: string;
  /** A CAMEO event code or a prefix of one: `04` matches `040` and `042`. */
  cameo?: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass?: number;
  /**
   * Inclusive bounds (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) on the day an event counts as; a month or a year counts as
   * its first day, on both sides, so `until: '2025-10'` ends on October 1st. Undated events never match a bound.
   */
  since?: string;
  until?: string;
  /** `occurred`, `planned`, `negated` or `hypothetical`. */
  status?: string;
  /** An article id. */
  article?: string;
  /** Events located inside `[west, south, east, north]`, in degrees; west > east crosses the antimeridian. */
  bbox?: BBox;
  /** Full-text search over the evidence sentence: words (all must occur), "quoted phrases", `prefix*`. */
  q?: string;
}

/** Which events to read: a filter, an order and a page. */
export interface EventQuery extends EventFilter {
  limit?: number;
  offset?: number;
  /** The order; `date` (the default) is oldest first. Undated events come last in both date orders. */
  sort?: EventSort;
}

/** What `save` did with one article. `events` is how many events the article now has in the store. */
export interface SaveResult {
  article: string;
  status: 'inserted' | 'updated' | 'unchanged';
  events: number;
}

/**
 * Where coded articles and their events are kept: SQLite (a file) or PostgreSQL (a server), behind one interface,
 * opened by `openStore`. Every method returns a promise, so a backend may answer over the network.
 * The read views the API and dashboard use (counts, actors, dyads, timeline, places, articles) are in `StoreViews`.
 */
export interface Store extends StoreViews, IngestStore {
  /**
   * Store one coded article with its event records in one transaction. Re-saving identical content changes nothing
   * ('unchanged'); an article whose text or coding changed replaces its old rows ('updated').
   */
  save(doc: AnnalsDocument, records: EventRecord[]): Promise<SaveResult>;
  /** Events matching the query, ordered by date (undated last), then article, then sentence, then coding order. */
  events(query?: EventQuery): Promise<EventRecord[]>;
  /** How many articles, events and distinct actors the store holds. */
  counts(): Promise<{ articles: number; events: number; actors: number }>;
  /** Whether an article with this id has been saved. */
  hasArticle(id: string): Promise<boolean>;
  /** Release the store (its file, or its pool of connections); no call may follow. */
  close(): Promise<void>;
}

/**
 * An interface with its methods made synchronous: what a backend over a synchronous driver implements (SQLite,
 * through better-sqlite3), before one adapter makes it a `Store`.
 */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/** The store as the SQLite backend implements it, synchronously; `openStore` gives it as a `Store`. */
export type SyncStore = Synchronous<Store>;
