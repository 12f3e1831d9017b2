import type { CodingPool } from '../batch/index.js';
import type { CodeFailure, Coded } from '../batch/protocol.js';
import { clusterSlots } from '../clusters/index.js';
import { createDeduper, fingerprint } from '../dedupe/index.js';
import { createDocument } from '../model/index.js';
import type { Fingerprint, IngestOutcome, Store } from '../store/index.js';
import type { Job, JobResult } from './jobs.js';

/** What a worker needs of a store: the batch commit, the ingest log and the stored fingerprints. */
export type QueueStore = Pick<Store, 'commit' | 'ingested' | 'nearDuplicates'>;

/** Options for coding one claimed batch. */
export interface CodeJobsOptions {
  store: QueueStore;
  pool: CodingPool;
  /** Link near-copies of stored articles (and of earlier ones in the batch) instead of coding them; default true. */
  dedupe?: boolean;
  /** Start no further article once aborted: the ones not started come back in `unstarted`. */
  signal?: AbortSignal;
}

/** How a batch went: a result per job started, in claim order, and the ids of the jobs not started. */
export interface CodedJobs {
  results: JobResult[];
  unstarted: string[];
  coded: number;
  duplicates: number;
  skipped: number;
  events: number;
  textBytes: number;
}

type Step =
  | { job: Job; kind: 'skipped' }
  | { job: Job; kind: 'duplicate'; original: string; similarity: number }
  | { job: Job; kind: 'coding'; fp: Fingerprint | null; done: Promise<Coded | CodeFailure> };

/** Where a started job stands before the commit: failed while coding, skipped, or its outcome's index in the commit. */
type Settled = { job: Job; failed: string } | { job: Job; skipped: true } | { job: Job; outcome: number };

/** A coded article as the store commits it: as `annals code` commits it (its clusters, its fingerprint). */
function codedOutcome(job: Job, coded: Coded, fp: Fingerprint | null): IngestOutcome {
  const doc = { ...createDocument(job.article), messages: coded.messages };
  return { kind: 'coded', doc, records: coded.records, textHash: job.textHash, fingerprint: fp, clusters: clusterSlots(coded.records) };
}

/**
 * Code a claimed batch and commit it to the store in one `commit` (one transaction), in claim order. An article
 * the store's ingest log has with the same text is not coded again (`skipped`: a worker that died after its commit
 * left it so); a near-copy of a stored article is linked to it. At most one article per coding thread is in flight,
 * so a stop (`signal`) takes effect between articles.
 * @throws what the store throws when the whole commit fails (the caller gives the jobs back).
 */
export async function codeJobs(jobs: readonly Job[], options: CodeJobsOptions): Promise<CodedJobs> {
  const { store, pool, signal } = options;
  const deduper = options.dedupe === false ? null : createDeduper();
  const limit = Math.max(1, pool.workers);
  const inFlight = new Set<Promise<unknown>>();
  const steps: Step[] = [];
  const unstarted: string[] = [];
  let textBytes = 0;

  for (const job of jobs) {
    if (signal?.aborted === true) {
      unstarted.push(job.article.id);
      continue;
    }
    const { article } = job;
    const logged = await store.ingested(article.id);
    if (logged?.textHash === job.textHash) {
      steps.push({ job, kind: 'skipped' });
      continue;
    }
    textBytes += Buffer.byteLength(article.text, 'utf8');
    const fp = deduper == null ? null : fingerprint(article.text);
    // An article already coded stays coded when its text changes: it is never turned into a copy.
    if (fp != null && deduper != null && logged?.outcome !== 'coded') {
      const match = deduper.match(article.id, fp, await store.nearDuplicates(fp.bands));
      if (match != null) {
        steps.push({ job, kind: 'duplicate', ...match });
        continue;
      }
      deduper.hold(article.id, fp);
    }
    while (inFlight.size >= limit) await Promise.race(inFlight);
    const done = pool.code(article);
    const tracked = done.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    steps.push({ job, kind: 'coding', fp, done });
  }

  const outcomes: IngestOutcome[] = [];
  const settled: Settled[] = [];
  for (const step of steps) {
    const { job } = step;
    if (step.kind === 'skipped') {
      settled.push({ job, skipped: true });
    } else if (step.kind === 'duplicate') {
      const { article, textHash } = job;
      settled.push({ job, outcome: outcomes.push({ kind: 'duplicate', article, textHash, original: step.original, similarity: step.similarity }) - 1 });
    } else {
      const coded = await step.done;
      settled.push(coded.ok ? { job, outcome: outcomes.push(codedOutcome(job, coded, step.fp)) - 1 } : { job, failed: coded.reason });
    }
  }
  const committed = outcomes.length === 0 ? [] : await store.commit(outcomes);

  const batch: CodedJobs = { results: [], unstarted, coded: 0, duplicates: 0, skipped: 0, events: 0, textBytes };
  for (const entry of settled) {
    const article = entry.job.article.id;
    if ('failed' in entry) {
      batch.results.push({ article, ok: false, reason: entry.failed });
    } else if ('skipped' in entry) {
      batch.skipped++;
      batch.results.push({ article, ok: true, outcome: 'skipped', events: 0 });
    } else {
      const result = committed[entry.outcome];
      if (result == null || result.status === 'failed') {
        batch.results.push({ article, ok: false, reason: `could not be stored: ${result?.reason ?? 'the store gave no result'}` });
        continue;
      }
      if (result.status === 'duplicate') batch.duplicates++;
      else batch.coded++;
      batch.events += result.events;
      batch.results.push({ article, ok: true, outcome: result.status, events: result.events });
    }
  }
  return batch;
}
