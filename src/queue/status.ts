import type { Db } from './db.js';
import { QUEUE_CHANNEL } from './enqueue.js';
import { JOB_STATES } from './jobs.js';
import type { JobState } from './jobs.js';

/** Jobs done over a recent span, with their events and text. */
export interface Rate {
  articles: number;
  events: number;
  textBytes: number;
}

/** A worker as it last reported. */
export interface WorkerStatus {
  id: string;
  host: string;
  pid: number;
  startedAt: Date;
  seenAt: Date;
  stoppedAt: Date | null;
  /** Seen within twice its lease and not stopped: alive, or dead for less than a lease. */
  live: boolean;
  /** Jobs it holds under a lease still running. */
  leases: number;
  done: number;
  failed: number;
}

/** The queue at a glance: depth by state, rates, workers, failures and their reasons. */
export interface QueueStatus {
  states: Record<JobState, { jobs: number; textBytes: number }>;
  /** Running jobs whose lease ran out: their worker is gone; another takes them, or fails them if no attempt is left. */
  expired: number;
  lastMinute: Rate;
  lastHour: Rate;
  /** Workers live, or stopped or lost (not seen for twice their lease) within the last hour. */
  workers: WorkerStatus[];
  /** Why jobs failed for good, most common first. */
  reasons: { reason: string; jobs: number }[];
  /** The latest jobs failed for good. */
  failures: { article: string; origin: string; attempts: number; reason: string; at: Date }[];
  /** Failed attempts in the last hour, retried or not. */
  failedAttemptsLastHour: number;
}

const rate = (row: { articles: string; events: string; bytes: string } | undefined): Rate => ({
  articles: Number(row?.articles ?? 0), events: Number(row?.events ?? 0), textBytes: Number(row?.bytes ?? 0),
});

/** The queue's status; `failures` lists at most `limit` failed jobs (default 10). */
export async function queueStatus(db: Db, limit = 10): Promise<QueueStatus> {
  const states = Object.fromEntries(JOB_STATES.map((s) => [s, { jobs: 0, textBytes: 0 }])) as QueueStatus['states'];
  const byState = await db.query<{ state: JobState; jobs: string; bytes: string }>(
    'SELECT state, count(*) AS jobs, coalesce(sum(text_bytes), 0) AS bytes FROM queue_jobs GROUP BY state');
  for (const r of byState.rows) states[r.state] = { jobs: Number(r.jobs), textBytes: Number(r.bytes) };
  const expired = await db.query<{ n: string }>("SELECT count(*) AS n FROM queue_jobs WHERE state = 'running' AND locked_until < now()");
  const rates = await db.query<{ span: string; articles: string; events: string; bytes: string }>(`
    SELECT span, count(*) AS articles, coalesce(sum(events), 0) AS events, coalesce(sum(text_bytes), 0) AS bytes
    FROM queue_jobs, LATERAL (VALUES ('minute', interval '1 minute'), ('hour', interval '1 hour')) AS s (span, length)
    WHERE state = 'done' AND finished_at > now() - interval '1 hour' AND finished_at > now() - s.length
    GROUP BY span`);
  const workers = await db.query<{
    id: string; host: string; pid: number; started_at: Date; seen_at: Date; stopped_at: Date | null; live: boolean;
    leases: string; done: number; failed: number;
  }>(`
    SELECT w.id, w.host, w.pid, w.started_at, w.seen_at, w.stopped_at, w.done, w.failed,
      w.stopped_at IS NULL AND w.seen_at > now() - 2 * make_interval(secs => w.lease_ms / 1000.0) AS live,
      (SELECT count(*) FROM queue_jobs j WHERE j.worker = w.id AND j.state = 'running' AND j.locked_until >= now()) AS leases
    FROM queue_workers w
    WHERE w.seen_at > now() - greatest(interval '1 hour', 2 * make_interval(secs => w.lease_ms / 1000.0))
    ORDER BY w.started_at, w.id`);
  const reasons = await db.query<{ reason: string; jobs: string }>(`
    SELECT coalesce(last_error, '(no reason kept)') AS reason, count(*) AS jobs FROM queue_jobs WHERE state = 'failed'
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`);
  const failures = await db.query<{ article_id: string; origin: string | null; attempts: number; last_error: string | null; finished_at: Date }>(`
    SELECT article_id, article->>'origin' AS origin, attempts, last_error, finished_at FROM queue_jobs WHERE state = 'failed'
    ORDER BY finished_at DESC, article_id LIMIT $1`, [limit]);
  const attempts = await db.query<{ n: string }>("SELECT count(*) AS n FROM queue_failures WHERE failed_at > now() - interval '1 hour'");
  return {
    states,
    expired: Number(expired.rows[0]?.n ?? 0),
    lastMinute: rate(rates.rows.find((r) => r.span === 'minute')),
    lastHour: rate(rates.rows.find((r) => r.span === 'hour')),
    workers: workers.rows.map((w) => ({
      id: w.id, host: w.host, pid: w.pid, startedAt: w.started_at, seenAt: w.seen_at, stoppedAt: w.stopped_at, live: w.live,
      leases: Number(w.leases), done: w.done, failed: w.failed,
    })),
    reasons: reasons.rows.map((r) => ({ reason: r.reason, jobs: Number(r.jobs) })),
    failures: failures.rows.map((f) => ({
      article: f.article_id, origin: f.origin ?? '', attempts: f.attempts, reason: f.last_error ?? '', at: f.finished_at,
    })),
    failedAttemptsLastHour: Number(attempts.rows[0]?.n ?? 0),
  };
}

/**
 * Put failed jobs back on the queue with their attempts reset (their reasons stay in `queue_failures`), and wake
 * the workers. Resolves to how many were queued again.
 */
export async function retryFailed(db: Db): Promise<number> {
  const { rowCount } = await db.query(`
    UPDATE queue_jobs SET state = 'queued', attempts = 0, worker = NULL, locked_until = NULL, claimed_at = NULL, finished_at = NULL
    WHERE state = 'failed'`);
  if ((rowCount ?? 0) > 0) await db.query('SELECT pg_notify($1, $2)', [QUEUE_CHANNEL, 'retry']);
  return rowCount ?? 0;
}

/** Jobs not finished: queued, or running (leased, or with a lease run out that a worker will take or fail). */
export async function openJobs(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: string }>("SELECT count(*) AS n FROM queue_jobs WHERE state IN ('queued', 'running')");
  return Number(rows[0]?.n ?? 0);
}
