import type { AnnalsDocument, EventRecord } from '../model/index.js';

/** Which events to read. Every filter is optional; they combine with AND. */
export interface EventQuery {
  /** A CAMEO actor code prefix, on the source or the target, in any case: `SYR` matches `SYR` and `SYRGOV`. */
  actor?: string;
  /** A PLOVER event type, in any case: `CONSULT`. */
  type?: string;
  /** A CAMEO event code or a prefix of one: `04` matches `040` and `042`. */
  cameo?: string;
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
  limit?: number;
  offset?: number;
}

/** What `save` did with one article. `events` is how many events the article now has in the store. */
export interface SaveResult {
  article: string;
  status: 'inserted' | 'updated' | 'unchanged';
  events: number;
}

/** Where coded articles and their events are kept. SQLite now; PostgreSQL later, behind the same interface. */
export interface Store {
  /**
   * Store one coded article with its event records in one transaction. Re-saving identical content changes nothing
   * ('unchanged'); an article whose text or coding changed replaces its old rows ('updated').
   */
  save(doc: AnnalsDocument, records: EventRecord[]): SaveResult;
  /** Events matching the query, ordered by date (undated last), then article, then sentence, then coding order. */
  events(query?: EventQuery): EventRecord[];
  /** How many articles, events and distinct actors the store holds. */
  counts(): { articles: number; events: number; actors: number };
  /** Whether an article with this id has been saved. */
  hasArticle(id: string): boolean;
  /** Release the store; no call may follow. */
  close(): void;
}
