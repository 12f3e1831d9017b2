import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { CodingPool } from '../batch/index.js';
import { codeJobs } from './code-jobs.js';
import type { CodedJobs, QueueStore } from './code-jobs.js';
import type { Finished } from './finish.js';
import type { Queue, WorkerIdentity } from './queue.js';
import type { Waker } from './wake.js';

/** Options for a worker: where jobs come from and go, how many at a time, how long a lease lasts. */
export interface WorkerOptions {
  queue: Queue;
  store: QueueStore;
  pool: CodingPool;
  identity: WorkerIdentity;
  /** Jobs claimed at a time, committed in one transaction; default 16. */
  batch?: number;
  /** Attempts at a job before it fails for good (coding or store errors, leases run out); default 3. */
  maxAttempts?: number;
  /** Return once no job is queued or running (`--once`); else wait for jobs until stopped. */
  once?: boolean;
  dedupe?: boolean;
  /** Stops between articles: what is being coded is stored, the batch's unstarted jobs go back to the queue. */
  signal: AbortSignal;
  /** Wakes an idle worker when jobs are enqueued; without one, it polls. */
  waker?: Waker | null;
  /** Longest idle wait before looking again, ms; default 5000 (with `once`, at most a quarter of the lease). */
  pollMs?: number;
  onBatch?: (report: BatchReport) => void;
  /** A lease renewal that failed: the worker goes on, and its lost jobs (if any) are reported by `finish`. */
  onProblem?: (reason: string) => void;
}

/** One batch: what was coded and how the queue recorded it. */
export interface BatchReport {
  claimed: number;
  /** Jobs taken over from a worker whose lease ran out. */
  takenOver: number;
  coded: CodedJobs;
  finished: Finished;
  released: number;
  /** The worker's totals so far, this batch included. */
  totals: WorkerSummary;
}

/** A worker's totals. */
export interface WorkerSummary {
  batches: number;
  coded: number;
  duplicates: number;
  skipped: number;
  events: number;
  textBytes: number;
  /** Failed for good (no attempt left). */
  failed: number;
  /** Failed with attempts left: queued again. */
  retried: number;
  takenOver: number;
  released: number;
  lost: number;
  seconds: number;
  stopped: boolean;
}

/** A worker's identity: host, process id and a random suffix, unique across machines and restarts. */
export function workerIdentity(leaseMs: number): WorkerIdentity {
  const host = hostname();
  return { id: `${host}:${process.pid}:${randomBytes(3).toString('hex')}`, host, pid: process.pid, leaseMs };
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> => new Promise((resolve) => {
  const done = (): void => {
    clearTimeout(timer);
    signal.removeEventListener('abort', done);
    resolve();
  };
  const timer = setTimeout(done, ms);
  signal.addEventListener('abort', done);
});

/**
 * Take jobs from the queue until stopped (or, with `once`, until none is queued or running): claim a batch under a
 * lease, code it, commit it to the store, and only then mark it done. Leases are renewed every third of their
 * length while the worker lives; a worker that dies leaves its jobs to be taken again when they run out. A job
 * stored twice (a worker that died between commit and done) is stored once: the store skips an article it has with
 * the same text.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { queue, identity, signal } = options;
  const { id, leaseMs } = identity;
  const batch = options.batch ?? 16;
  const maxAttempts = options.maxAttempts ?? 3;
  const pollMs = options.once === true ? Math.min(options.pollMs ?? 5000, Math.max(50, leaseMs / 4)) : options.pollMs ?? 5000;
  const started = performance.now();
  const totals: WorkerSummary = {
    batches: 0, coded: 0, duplicates: 0, skipped: 0, events: 0, textBytes: 0, failed: 0, retried: 0, takenOver: 0,
    released: 0, lost: 0, seconds: 0, stopped: false,
  };
  await queue.register(identity);
  const heartbeat = setInterval(() => {
    queue.renew(id, leaseMs).catch((error: unknown) => options.onProblem?.(`could not renew leases: ${(error as Error).message}`));
  }, Math.max(20, leaseMs / 3));
  heartbeat.unref();
  try {
    while (!signal.aborted) {
      await queue.expire(maxAttempts);
      const jobs = await queue.claim(id, batch, leaseMs, maxAttempts);
      if (jobs.length === 0) {
        if (options.once === true && (await queue.open()) === 0) break;
        await (options.waker?.wait(pollMs, signal) ?? sleep(pollMs, signal));
        continue;
      }
      let coded: CodedJobs;
      try {
        coded = await codeJobs(jobs, { store: options.store, pool: options.pool, dedupe: options.dedupe, signal });
      } catch (error) {
        // The store failed as a whole: nothing is marked done; the jobs go back for a worker that can store them.
        await queue.release(id, jobs.map((j) => j.article.id)).catch(() => undefined);
        throw error;
      }
      const released = await queue.release(id, coded.unstarted);
      const finished = await queue.finish(id, coded.results, maxAttempts);
      const takenOver = jobs.filter((j) => j.takenFrom != null).length;
      totals.batches++;
      totals.coded += coded.coded;
      totals.duplicates += coded.duplicates;
      totals.skipped += coded.skipped;
      totals.events += coded.events;
      totals.textBytes += coded.textBytes;
      totals.failed += finished.failed;
      totals.retried += finished.retried;
      totals.takenOver += takenOver;
      totals.released += released;
      totals.lost += finished.lost.length;
      totals.seconds = (performance.now() - started) / 1000;
      options.onBatch?.({ claimed: jobs.length, takenOver, coded, finished, released, totals: { ...totals } });
    }
  } finally {
    clearInterval(heartbeat);
    await queue.stopped(id).catch(() => undefined);
  }
  totals.seconds = (performance.now() - started) / 1000;
  totals.stopped = signal.aborted;
  return totals;
}
