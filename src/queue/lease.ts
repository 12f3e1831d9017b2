import type { Db } from './db.js';
import { QUEUE_CHANNEL } from './enqueue.js';
import { jobArticle } from './jobs.js';
import type { Job } from './jobs.js';

/** The reason kept for an attempt whose lease ran out: the worker died, or stalled for longer than its lease. */
export const LEASE_LOST = 'the lease ran out before the article was stored: its worker stopped, or stalled for longer than the lease';

const lease = (ms: number): string => `now() + make_interval(secs => ${Math.max(1, Math.round(ms)) / 1000})`;

// Jobs whose lease ran out are claimable again, but only while attempts are left: past them, `expire` fails them.
// SKIP LOCKED: workers claiming at once each take other rows, none waits for another's transaction.
const CLAIM = (leaseMs: number): string => `
  WITH picked AS (
    SELECT article_id, state AS was, worker AS previous FROM queue_jobs
    WHERE state = 'queued' OR (state = 'running' AND locked_until < now() AND attempts < $3)
    ORDER BY seq LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE queue_jobs j SET state = 'running', attempts = j.attempts + 1, worker = $1, locked_until = ${lease(leaseMs)},
      claimed_at = now()
    FROM picked WHERE j.article_id = picked.article_id
    RETURNING j.seq, j.article_id, j.article, j.text_hash, j.attempts, picked.was, picked.previous
  ), lost AS (
    INSERT INTO queue_failures (article_id, attempt, worker, reason)
    SELECT article_id, attempts - 1, previous, $4 FROM claimed WHERE was = 'running'
  )
  SELECT article, text_hash, attempts, CASE WHEN was = 'running' THEN previous END AS taken_from FROM claimed ORDER BY seq`;

/**
 * Claim up to `limit` jobs for `worker`, oldest first, leased for `leaseMs`: queued jobs, and running jobs whose
 * lease ran out with attempts left (taken over; the lost attempt is kept as a failure). Each claim counts an attempt.
 */
export async function claimJobs(db: Db, worker: string, limit: number, leaseMs: number, maxAttempts: number): Promise<Job[]> {
  const { rows } = await db.query<{ article: Record<string, unknown>; text_hash: string; attempts: number; taken_from: string | null }>(
    CLAIM(leaseMs), [worker, limit, maxAttempts, LEASE_LOST],
  );
  return rows.map((r) => ({ article: jobArticle(r.article), textHash: r.text_hash, attempts: r.attempts, takenFrom: r.taken_from }));
}

/** Renew every lease `worker` holds for another `leaseMs`, and note that it is alive. Resolves to the leases held. */
export async function renewLeases(db: Db, worker: string, leaseMs: number): Promise<number> {
  const { rowCount } = await db.query(`UPDATE queue_jobs SET locked_until = ${lease(leaseMs)} WHERE worker = $1 AND state = 'running'`, [worker]);
  await db.query('UPDATE queue_workers SET seen_at = now() WHERE id = $1', [worker]);
  return rowCount ?? 0;
}

/**
 * Give jobs back unstarted (a worker stopping between articles): queued again, the claim's attempt not counted.
 * Only jobs `worker` still holds are touched. Resolves to how many were given back.
 */
export async function releaseJobs(db: Db, worker: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { rowCount } = await db.query(`
    UPDATE queue_jobs SET state = 'queued', attempts = attempts - 1, worker = NULL, locked_until = NULL, claimed_at = NULL
    WHERE article_id = ANY($2::text[]) AND worker = $1 AND state = 'running'`, [worker, ids]);
  if ((rowCount ?? 0) > 0) await db.query('SELECT pg_notify($1, $2)', [QUEUE_CHANNEL, 'released']);
  return rowCount ?? 0;
}

/**
 * Fail the jobs whose lease ran out on their last attempt (an article that kills every worker that takes it must
 * not kill them forever). Resolves to how many were failed.
 */
export async function expireJobs(db: Db, maxAttempts: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`
    WITH dead AS (
      SELECT article_id, worker FROM queue_jobs
      WHERE state = 'running' AND locked_until < now() AND attempts >= $1
      FOR UPDATE SKIP LOCKED
    ), failed AS (
      UPDATE queue_jobs j SET state = 'failed', last_error = $2 || ' (' || j.attempts || ' attempts)', locked_until = NULL,
        finished_at = now()
      FROM dead WHERE j.article_id = dead.article_id
      RETURNING j.article_id, j.attempts, j.last_error, dead.worker
    ), kept AS (
      INSERT INTO queue_failures (article_id, attempt, worker, reason) SELECT article_id, attempts, worker, last_error FROM failed
    )
    SELECT count(*)::integer AS n FROM failed`, [maxAttempts, LEASE_LOST]);
  return rows[0]?.n ?? 0;
}
