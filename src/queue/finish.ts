import type { Db } from './db.js';
import { QUEUE_CHANNEL } from './enqueue.js';
import type { JobResult } from './jobs.js';

/** What finishing a batch did: jobs marked done, failed for good, queued again for another attempt, and lost. */
export interface Finished {
  done: number;
  failed: number;
  retried: number;
  /** Jobs this worker no longer held (its lease ran out and another worker took them): left to that worker. */
  lost: string[];
}

const DONE = `
  UPDATE queue_jobs j SET state = 'done', outcome = r.outcome, events = r.events, locked_until = NULL, last_error = NULL,
    finished_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r (article text, outcome text, events integer)
  WHERE j.article_id = r.article AND j.worker = $1 AND j.state = 'running'
  RETURNING j.article_id`;

// A failure with attempts left goes back to the queue; on the last attempt it is failed for good. Both keep the reason.
const FAILED = `
  WITH failed AS (
    UPDATE queue_jobs j SET
      state = CASE WHEN j.attempts >= $3 THEN 'failed' ELSE 'queued' END,
      worker = CASE WHEN j.attempts >= $3 THEN j.worker END,
      finished_at = CASE WHEN j.attempts >= $3 THEN now() END,
      locked_until = NULL, last_error = r.reason
    FROM jsonb_to_recordset($2::jsonb) AS r (article text, reason text)
    WHERE j.article_id = r.article AND j.worker = $1 AND j.state = 'running'
    RETURNING j.article_id, j.attempts, j.state, r.reason
  ), kept AS (
    INSERT INTO queue_failures (article_id, attempt, worker, reason) SELECT article_id, attempts, $1, reason FROM failed
  )
  SELECT article_id, state FROM failed`;

/**
 * Record how a batch ended, for the jobs `worker` still holds: stored ones done (only ever after the store
 * committed them), failed ones queued again while attempts are left (`maxAttempts`), else failed with their reason.
 * Every failure is kept in `queue_failures`.
 */
export async function finishJobs(db: Db, worker: string, results: readonly JobResult[], maxAttempts: number): Promise<Finished> {
  const stored = results.filter((r) => r.ok);
  const failures = results.filter((r) => !r.ok);
  const held = new Set<string>();
  const finished: Finished = { done: 0, failed: 0, retried: 0, lost: [] };
  if (stored.length > 0) {
    const { rows } = await db.query<{ article_id: string }>(DONE, [worker, JSON.stringify(stored)]);
    finished.done = rows.length;
    for (const r of rows) held.add(r.article_id);
  }
  if (failures.length > 0) {
    const { rows } = await db.query<{ article_id: string; state: string }>(FAILED, [worker, JSON.stringify(failures), maxAttempts]);
    for (const r of rows) {
      held.add(r.article_id);
      if (r.state === 'failed') finished.failed++;
      else finished.retried++;
    }
    if (finished.retried > 0) await db.query('SELECT pg_notify($1, $2)', [QUEUE_CHANNEL, 'retry']);
  }
  finished.lost = results.filter((r) => !held.has(r.article)).map((r) => r.article);
  await db.query('UPDATE queue_workers SET done = done + $2, failed = failed + $3, seen_at = now() WHERE id = $1',
    [worker, finished.done, finished.failed]);
  return finished;
}
