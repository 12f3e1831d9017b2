import type { Article, EventRecord, Message } from '../model/index.js';

/**
 * What became of one article. `coded` carries its records (`status` is what the store did, or `not stored`);
 * `duplicate` names the original it copies; `skipped` was stored by an earlier run with the same text; `failed`
 * names its origin and the reason (an input that gave no article has no `article`).
 */
export type ArticleResult =
  | { kind: 'coded'; article: Article; records: EventRecord[]; messages: Message[]; sentences: number; status: 'inserted' | 'updated' | 'unchanged' | 'not stored' }
  | { kind: 'duplicate'; article: Article; original: string; similarity: number }
  | { kind: 'skipped'; article: Article }
  | { kind: 'failed'; origin: string; reason: string; article?: Article };

/** Running totals of a batch. `textBytes` counts the UTF-8 text of articles sent to be coded or linked. */
export interface BatchProgress {
  /** Articles and inputs met so far, whatever became of them. */
  read: number;
  coded: number;
  duplicates: number;
  skipped: number;
  failed: number;
  /** URL inputs their server said are as they were when last read (a poll's conditional request answered 304). */
  unchanged: number;
  events: number;
  textBytes: number;
  /** Bytes of input read (files as stored, compressed for gzip), for an estimate of what is left. */
  inputBytes: number;
  /** Articles read and not yet stored (being coded, or waiting for those before them). */
  inFlight: number;
  seconds: number;
}

/** The totals of a finished batch; `stopped` when it was stopped before reading everything. */
export interface BatchSummary extends BatchProgress {
  stopped: boolean;
}

/** Count one result into the totals. */
export function tally(totals: BatchProgress, result: ArticleResult): void {
  totals.read++;
  switch (result.kind) {
    case 'coded':
      totals.coded++;
      totals.events += result.records.length;
      break;
    case 'duplicate': totals.duplicates++; break;
    case 'skipped': totals.skipped++; break;
    case 'failed': totals.failed++; break;
  }
}
