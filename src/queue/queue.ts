import type { Article } from '../model/index.js';
import { connect } from './db.js';
import { enqueueArticles } from './enqueue.js';
import { finishJobs } from './finish.js';
import type { Finished } from './finish.js';
import type { EnqueueResult, Job, JobResult } from './jobs.js';
import { claimJobs, expireJobs, releaseJobs, renewLeases } from './lease.js';
import { migrateQueue } from './schema.js';
import { openJobs, queueStatus, retryFailed } from './status.js';
import type { QueueStatus } from './status.js';

/** A worker as it registers: its id (unique across machines), where it runs, and its lease. */
export interface WorkerIdentity {
  id: string;
  host: string;
  pid: number;
  leaseMs: number;
}

/**
 * The durable queue of articles in PostgreSQL (`queue_jobs`; schema in `schema.ts`). Any number of processes on
 * any number of machines open it at once; every method is one or two statements, each atomic on its own.
 */
export interface Queue {
  /** Put articles on the queue; one already there adds nothing. */
  enqueue(articles: readonly Article[]): Promise<EnqueueResult>;
  /** Claim up to `limit` jobs, oldest first, leased to `worker` for `leaseMs`. */
  claim(worker: string, limit: number, leaseMs: number, maxAttempts: number): Promise<Job[]>;
  /** Renew the worker's leases (a heartbeat); resolves to how many it holds. */
  renew(worker: string, leaseMs: number): Promise<number>;
  /** Give unstarted jobs back to the queue, their attempt not counted. */
  release(worker: string, ids: readonly string[]): Promise<number>;
  /** Mark stored jobs done, failed ones queued again or failed for good. Call only after the store committed. */
  finish(worker: string, results: readonly JobResult[], maxAttempts: number): Promise<Finished>;
  /** Fail jobs whose lease ran out on their last attempt. */
  expire(maxAttempts: number): Promise<number>;
  /** Jobs queued or running: none left means the queue is drained. */
  open(): Promise<number>;
  status(failures?: number): Promise<QueueStatus>;
  /** Queue failed jobs again, attempts reset; resolves to how many. */
  retryFailed(): Promise<number>;
  /** Record a worker as started (status lists it; workers unseen for a week are forgotten); `stopped` records a clean stop. */
  register(worker: WorkerIdentity): Promise<void>;
  stopped(worker: string): Promise<void>;
  /** Release the connections; no call may follow. */
  close(): Promise<void>;
}

/**
 * Open the queue in the PostgreSQL database at `url` (`postgres://user@host/db`, or `?host=/socket/dir`), creating
 * or upgrading its tables first (idempotent, under an advisory lock, so workers starting together are safe).
 * @example
 * const queue = await openQueue('postgres://annals@db.example/annals');
 * await queue.enqueue(articles);
 */
export async function openQueue(url: string): Promise<Queue> {
  const db = connect(url);
  try {
    const client = await db.connect();
    try {
      await migrateQueue(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await db.end();
    throw error;
  }
  return {
    enqueue: (articles) => enqueueArticles(db, articles),
    claim: (worker, limit, leaseMs, maxAttempts) => claimJobs(db, worker, limit, leaseMs, maxAttempts),
    renew: (worker, leaseMs) => renewLeases(db, worker, leaseMs),
    release: (worker, ids) => releaseJobs(db, worker, ids),
    finish: (worker, results, maxAttempts) => finishJobs(db, worker, results, maxAttempts),
    expire: (maxAttempts) => expireJobs(db, maxAttempts),
    open: () => openJobs(db),
    status: (failures) => queueStatus(db, failures),
    retryFailed: () => retryFailed(db),
    async register({ id, host, pid, leaseMs }) {
      await db.query(`
        INSERT INTO queue_workers (id, host, pid, lease_ms) VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET host = $2, pid = $3, lease_ms = $4, seen_at = now(), stopped_at = NULL`,
      [id, host, pid, Math.round(leaseMs)]);
      // Workers gone for a week are history nobody reads: the table stays the size of the fleet.
      await db.query("DELETE FROM queue_workers WHERE seen_at < now() - interval '7 days'");
    },
    async stopped(worker) {
      await db.query('UPDATE queue_workers SET stopped_at = now(), seen_at = now() WHERE id = $1', [worker]);
    },
    close: () => db.end(),
  };
}
