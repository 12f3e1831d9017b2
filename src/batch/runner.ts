import { clusterSlots } from '../clusters/index.js';
import { createDeduper, fingerprint, textHash } from '../dedupe/index.js';
import type { Deduper } from '../dedupe/index.js';
import { readInputs } from '../ingest/index.js';
import type { IngestOptions } from '../ingest/index.js';
import { createDocument } from '../model/index.js';
import type { Article } from '../model/index.js';
import type { CodedOutcome, CommitResult, Fingerprint, IngestOutcome, Store } from '../store/index.js';
import type { CodingPool } from './pool.js';
import type { CodeFailure, Coded } from './protocol.js';
import type { ArticleResult, BatchProgress, BatchSummary } from './results.js';
import { tally } from './results.js';

/** Options for one batch. */
export interface BatchOptions {
  /** Where articles go; null codes without storing (no resuming, copies found within the batch only). */
  store: Store | null;
  pool: CodingPool;
  /** Link near-copies of earlier articles instead of coding them; default true. */
  dedupe?: boolean;
  /** Code again articles the store already has with the same text; default false (they are skipped). */
  recode?: boolean;
  ingest?: IngestOptions;
  /** Stop reading when aborted; articles already sent to the coder are finished and stored. */
  signal?: AbortSignal;
  /** Articles per transaction; default 512 (`COMMIT_EVERY`). */
  commitEvery?: number;
  /** Longest a coded article waits to be stored, ms; default 2000 (`COMMIT_AFTER_MS`). */
  commitAfterMs?: number;
  /** Told of every article, in the order read (errors as they are met); a promise is waited for. */
  onResult?: (result: ArticleResult) => unknown;
  /** Told the running totals after each commit. */
  onProgress?: (progress: BatchProgress) => void;
}

/** An article between being read and being stored. */
type Entry =
  | { kind: 'coding'; article: Article; hash: string; fp: Fingerprint | null }
  | { kind: 'coded'; article: Article; hash: string; fp: Fingerprint | null; coded: Coded }
  | { kind: 'duplicate'; article: Article; hash: string; original: string; similarity: number }
  | { kind: 'failed'; article: Article; reason: string };

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Articles per transaction. Each event changes a page in each of the events table's indexes; a larger group changes
 * each page once for many events. `npm run bench -- store --articles 10000`: 2.5 ms CPU per article in groups of
 * 64, 2.0 in groups of 512 (src/batch/README.md).
 */
export const COMMIT_EVERY = 512;
/** The longest a coded article waits to be committed when fewer than a group's worth come. */
export const COMMIT_AFTER_MS = 2000;
/** Articles handed to each worker ahead of its results: more than it codes while a group is committed. */
export const QUEUED_PER_WORKER = 512;

/**
 * What a batch commits for a coded article: the article and its messages, not the tokens and mentions (they stay
 * on the worker), with its records, text hash, fingerprint and cluster slots.
 */
export function codedOutcome(
  article: Article, coded: Pick<Coded, 'records' | 'messages'>, textHash: string, fingerprint: Fingerprint | null,
): CodedOutcome {
  const doc = { ...createDocument(article), messages: coded.messages };
  return { kind: 'coded', doc, records: coded.records, textHash, fingerprint, clusters: clusterSlots(coded.records) };
}

function outcomeOf(entry: Entry & { kind: 'coded' | 'duplicate' }): IngestOutcome {
  if (entry.kind === 'duplicate') {
    return { kind: 'duplicate', article: entry.article, textHash: entry.hash, original: entry.original, similarity: entry.similarity };
  }
  return codedOutcome(entry.article, entry.coded, entry.hash, entry.fp);
}

/**
 * Read inputs as a stream, code articles on the pool, store them in the order read. Memory stays bounded: reading
 * waits while `512 x workers` articles are being coded or two groups and those wait to be stored. Commits run one at a time, in order,
 * while reading and coding go on. An article the store already has
 * with the same text is skipped (so a killed batch, run again, goes on where it stopped); a near-copy of an earlier
 * article is linked to it, not coded. Commits go in groups of 512 articles (or every 2 s), each group one transaction, so a batch
 * killed at any moment loses at most the groups not yet committed, which the next run codes.
 */
export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchSummary> {
  const { store, pool, signal } = options;
  const started = performance.now();
  const totals: BatchProgress = {
    read: 0, coded: 0, duplicates: 0, skipped: 0, failed: 0, unchanged: 0, events: 0, textBytes: 0, inputBytes: 0, inFlight: 0, seconds: 0,
  };
  // Stored candidates are looked up here (the store answers asynchronously) and handed to the deduper.
  const deduper: Deduper | null = options.dedupe === false ? null : createDeduper();
  const commitEvery = options.commitEvery ?? COMMIT_EVERY;
  const commitAfterMs = options.commitAfterMs ?? COMMIT_AFTER_MS;
  // A commit holds this thread for the whole group (up to a second), and no article is handed to a worker
  // meanwhile: each worker needs that much work queued to stay busy through it, or both cores idle while it runs.
  const maxCoding = Math.max(2, pool.workers * QUEUED_PER_WORKER);
  // Room for a group filling while the one before it commits, and for what the workers hold.
  const maxWaiting = commitEvery * 2 + maxCoding;
  const entries = new Map<number, Entry>();
  const seenInRun = new Set<string>();
  let nextSeq = 0;
  let nextCommit = 0;
  let stored = 0;
  let coding = 0;
  let ready: (Entry & { kind: 'coded' | 'duplicate' | 'failed' })[] = [];
  let lastCommit = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | null = null;
  // Each commit starts when the one before it has ended, so the store sees articles in the order read.
  let committing: Promise<void> = Promise.resolve();
  // A store error met in a callback (a result, the commit timer, a commit) ends the batch from its main loop.
  let fatal: { error: unknown } | null = null;
  const guarded = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      fatal ??= { error };
    }
    wake?.();
  };

  const emit = async (result: ArticleResult): Promise<void> => {
    tally(totals, result);
    await options.onResult?.(result);
  };

  async function commitGroup(batch: typeof ready): Promise<void> {
    const storable = batch.filter((e): e is Entry & { kind: 'coded' | 'duplicate' } => e.kind !== 'failed');
    const results: CommitResult[] | null = store == null ? null : await store.commit(storable.map(outcomeOf));
    let r = 0;
    for (const entry of batch) {
      // Stored articles are found through the store from now on; without one, held fingerprints are all there is.
      if (entry.kind === 'coded' && store != null) deduper?.release(entry.article.id);
      if (entry.kind === 'failed') {
        deduper?.release(entry.article.id);
        await emit({ kind: 'failed', origin: entry.article.origin, reason: entry.reason, article: entry.article });
        continue;
      }
      const result = results?.[r++];
      if (result?.status === 'failed') {
        deduper?.release(entry.article.id);
        await emit({ kind: 'failed', origin: entry.article.origin, reason: `could not be stored: ${result.reason}`, article: entry.article });
      } else if (entry.kind === 'duplicate') {
        await emit({ kind: 'duplicate', article: entry.article, original: entry.original, similarity: entry.similarity });
      } else {
        const status = result == null ? 'not stored' : result.status as 'inserted' | 'updated' | 'unchanged';
        await emit({ kind: 'coded', article: entry.article, ...entry.coded, status });
      }
    }
    stored += batch.length;
    totals.seconds = (performance.now() - started) / 1000;
    totals.inFlight = nextSeq - stored;
    options.onProgress?.({ ...totals });
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    const batch = ready;
    ready = [];
    lastCommit = performance.now();
    committing = committing
      .then(() => (fatal == null ? commitGroup(batch) : undefined))
      .catch((error: unknown) => {
        fatal ??= { error };
      })
      .finally(() => wake?.());
  }

  /** Move what is done, in order, to the commit queue; commit a full group, or one that waited long enough. */
  function pump(force = false): void {
    for (let entry = entries.get(nextCommit); entry != null && entry.kind !== 'coding'; entry = entries.get(nextCommit)) {
      entries.delete(nextCommit++);
      ready.push(entry);
    }
    if (ready.length === 0) return;
    if (force || ready.length >= commitEvery || performance.now() - lastCommit >= commitAfterMs) flush();
    else timer ??= setTimeout(() => guarded(() => pump(true)), commitAfterMs);
  }

  const settle = (seq: number, entry: Entry & { kind: 'coding' }, result: Coded | CodeFailure): void => {
    coding--;
    entries.set(seq, result.ok ? { ...entry, kind: 'coded', coded: result } : { kind: 'failed', article: entry.article, reason: result.reason });
    guarded(() => pump());
  };

  const rethrow = (): void => {
    if (fatal != null) throw fatal.error;
  };
  const until = async (condition: () => boolean): Promise<void> => {
    while (fatal == null && !condition()) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    rethrow();
  };

  const known = async (id: string): Promise<boolean> =>
    store != null && options.recode !== true && (await store.ingested(id)) != null;
  const ingest: IngestOptions = {
    // Web pages are read on the coding workers, so parsing their HTML does not hold up the thread that stores.
    extract: (html, baseUrl) => pool.extract(html, baseUrl),
    ...options.ingest,
    onRead: (n) => {
      totals.inputBytes += n;
      options.ingest?.onRead?.(n);
    },
    onUnchanged: (origin) => {
      totals.unchanged++;
      options.ingest?.onUnchanged?.(origin);
    },
    // A feed item whose article is stored is dropped before its page is fetched: it counts as skipped here.
    isKnown: async (id) => {
      const skip = (await known(id)) || (await options.ingest?.isKnown?.(id)) === true;
      if (skip) {
        totals.read++;
        totals.skipped++;
      }
      return skip;
    },
  };

  try {
    for await (const item of readInputs(inputs, ingest)) {
      if (signal?.aborted === true) break;
      if (!item.ok) {
        await emit({ kind: 'failed', origin: item.origin, reason: item.reason });
        continue;
      }
      const article = item.article;
      const hash = textHash(article.text);
      const logged = store == null ? null : await store.ingested(article.id);
      if (seenInRun.has(article.id) || (options.recode !== true && logged?.textHash === hash)) {
        await emit({ kind: 'skipped', article });
        continue;
      }
      seenInRun.add(article.id);
      totals.textBytes += bytes(article.text);
      const seq = nextSeq++;
      // An article already coded stays coded when its text changes: it is never turned into a copy.
      const fp = deduper == null ? null : fingerprint(article.text);
      const candidates = fp == null || store == null || logged?.outcome === 'coded' ? [] : await store.nearDuplicates(fp.bands);
      const match = fp == null || logged?.outcome === 'coded' ? null : deduper?.match(article.id, fp, candidates) ?? null;
      if (match != null) {
        entries.set(seq, { kind: 'duplicate', article, hash, ...match });
        pump();
        continue;
      }
      if (fp != null) deduper?.hold(article.id, fp);
      const entry: Entry & { kind: 'coding' } = { kind: 'coding', article, hash, fp };
      entries.set(seq, entry);
      coding++;
      void pool.code(article).then((result) => settle(seq, entry, result));
      await until(() => coding < maxCoding && nextSeq - stored < maxWaiting);
    }
    await until(() => coding === 0);
    pump(true);
    await committing;
    rethrow();
  } finally {
    clearTimeout(timer);
    // Never return while a commit runs: the caller closes the store next.
    await committing;
  }
  totals.seconds = (performance.now() - started) / 1000;
  return { ...totals, stopped: signal?.aborted === true };
}
