import type { AnnalsDocument, Article, EventRecord } from '../model/index.js';
import type { Synchronous } from './store.js';

/** A near-duplicate fingerprint as the store keeps it: a MinHash signature, its LSH band keys, its shingle count. */
export interface Fingerprint {
  signature: Uint32Array;
  /** One key per band, each a whole number below 2^53 that folds in the band's index. */
  bands: number[];
  /** Distinct shingles of the text: with the signature, how much of one text another contains. */
  shingles: number;
}

/**
 * Where an event goes: the cluster with the same `key` whose day is nearest `day`, at most `window` days away,
 * else a new cluster anchored on `day`. An undated event (`day` null) always opens a cluster of its own.
 */
export interface ClusterSlot {
  key: string;
  day: string | null;
  window: number;
}

/** A coded article to commit, with what resuming, deduplicating and clustering need. */
export interface CodedOutcome {
  kind: 'coded';
  doc: AnnalsDocument;
  records: EventRecord[];
  /** Hash of the article's text: a later run skips the article when id and hash are both known. */
  textHash: string;
  /** Null when near-duplicate detection is off or the text is too short to fingerprint. */
  fingerprint: Fingerprint | null;
  /** One slot per record, index for index. */
  clusters: ClusterSlot[];
}

/** An article found to be a near-copy of one already coded: linked to it, not coded. */
export interface DuplicateOutcome {
  kind: 'duplicate';
  article: Article;
  textHash: string;
  /** Id of the coded article it copies. */
  original: string;
  /** Estimated share of this article's text found in the original, 0..1. */
  similarity: number;
}

/** One result of a batch, in the order the batch read it. */
export type IngestOutcome = CodedOutcome | DuplicateOutcome;

/** What `commit` did with one outcome; `failed` rolls back that outcome alone, with the reason. */
export interface CommitResult {
  article: string;
  status: 'inserted' | 'updated' | 'unchanged' | 'duplicate' | 'failed';
  events: number;
  reason?: string;
}

/** What the ingest log knows of an article: the hash of the text it was last ingested with, and how. */
export interface IngestedArticle {
  textHash: string;
  outcome: 'coded' | 'duplicate';
}

/** A stored fingerprint that shares a band with a new text: to be checked before linking. */
export interface NearDuplicateCandidate {
  article: string;
  signature: Uint32Array;
  shingles: number;
}

/** GDELT's counts for an event cluster: mentions, distinct sources (outlets) and articles, copies included. */
export interface ClusterCounts {
  mentions: number;
  sources: number;
  articles: number;
}

/** An article supporting a cluster: coded, or a near-copy of a coded one (`duplicateOf`). */
export interface ClusterArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  duplicateOf: string | null;
  /** Events of the cluster this article reports (a copy reports those of its original). */
  mentions: number;
}

/** One event cluster: every event in it, every article behind them, and the counts. */
export interface StoredCluster {
  id: number;
  key: string;
  /** The day it is anchored on: the day of its first event; null for an undated event's own cluster. */
  day: string | null;
  /** Event ids, in the order they joined. */
  events: string[];
  articles: ClusterArticle[];
  counts: ClusterCounts;
}

/**
 * What batches, resuming, near-duplicate detection and event clusters need from a store. Part of `Store`, so a
 * second backend implements it too (the contract suite checks both alike).
 */
export interface IngestStore {
  /**
   * Commit outcomes in order, in one transaction: coded articles (saved as `save` does, with their fingerprint and
   * cluster memberships) and duplicates (linked to their original). Each is logged with its text hash, so a later
   * run can skip it. An outcome that cannot be stored is rolled back alone and comes back `failed` with its reason.
   */
  commit(outcomes: readonly IngestOutcome[]): Promise<CommitResult[]>;
  /** What the ingest log knows of an article, or null when it was never committed. */
  ingested(id: string): Promise<IngestedArticle | null>;
  /** Coded articles whose fingerprint shares at least one band key with these, each once. */
  nearDuplicates(bands: readonly number[]): Promise<NearDuplicateCandidate[]>;
  /** The cluster counts of each event (by event id); events without a cluster are left out. */
  clusterCounts(eventIds: readonly string[]): Promise<Map<string, ClusterCounts>>;
  /** The clusters these events belong to, each whole (all its events and articles), by day then id. */
  clusters(eventIds: readonly string[]): Promise<StoredCluster[]>;
}

/** The ingest methods as the SQLite backend implements them, synchronously. */
export type SyncIngestStore = Synchronous<IngestStore>;
