import type pg from 'pg';

/**
 * The queue's migrations, in order: version `i + 1` is `QUEUE_MIGRATIONS[i]`. Applied once each, recorded in
 * `queue_migrations`; never edited once released (a change is a new entry). The tables are the queue's own: the
 * store's schema and migrations do not know them, and these do not touch the store's.
 */
export const QUEUE_MIGRATIONS: readonly string[] = [
  `
  -- One row per article, keyed by the article's id (its normalised URL, else a hash of its text).
  CREATE TABLE queue_jobs (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    article_id   text PRIMARY KEY,
    article      jsonb NOT NULL,
    text_hash    text NOT NULL,
    text_bytes   integer NOT NULL,
    state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts     integer NOT NULL DEFAULT 0,
    worker       text,
    locked_until timestamptz,
    last_error   text,
    outcome      text,
    events       integer,
    enqueued_at  timestamptz NOT NULL DEFAULT now(),
    claimed_at   timestamptz,
    finished_at  timestamptz,
    CHECK (state <> 'running' OR (worker IS NOT NULL AND locked_until IS NOT NULL))
  );
  -- What a claim scans: waiting and leased jobs in enqueue order; done and failed jobs are not in it.
  CREATE INDEX queue_jobs_open ON queue_jobs (seq) WHERE state IN ('queued', 'running');
  -- Rates: jobs done in the last minute or hour.
  CREATE INDEX queue_jobs_finished ON queue_jobs (finished_at) WHERE state = 'done';
  CREATE INDEX queue_jobs_failed ON queue_jobs (finished_at) WHERE state = 'failed';
  -- Leases of one worker: renewed, released, counted by status.
  CREATE INDEX queue_jobs_worker ON queue_jobs (worker) WHERE state = 'running';

  -- Every failed attempt with its reason, kept when the job is retried: a coding error, a store error, a lost lease.
  CREATE TABLE queue_failures (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id text NOT NULL REFERENCES queue_jobs (article_id) ON DELETE CASCADE,
    attempt    integer NOT NULL,
    worker     text,
    reason     text NOT NULL,
    failed_at  timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX queue_failures_article ON queue_failures (article_id);

  -- Workers as they last reported: a live worker refreshes seen_at every third of its lease.
  CREATE TABLE queue_workers (
    id         text PRIMARY KEY,
    host       text NOT NULL,
    pid        integer NOT NULL,
    lease_ms   integer NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    seen_at    timestamptz NOT NULL DEFAULT now(),
    stopped_at timestamptz,
    done       integer NOT NULL DEFAULT 0,
    failed     integer NOT NULL DEFAULT 0
  );
  `,
];

/** The version the queue's tables are at once migrated. */
export const QUEUE_VERSION = QUEUE_MIGRATIONS.length;

// Two 32-bit keys, in annals' lock space ('anna', as the store's locks), the second 'queu': apart from the store's.
const LOCK_KEYS = [0x616e6e61, 0x71756575] as const;

/**
 * Bring the queue's tables up to date, once, however many workers start together: under a transaction-scoped
 * advisory lock, the migrations not yet recorded in `queue_migrations` are applied and recorded, in one transaction.
 * @throws Error when the database has a newer queue schema than this annals knows.
 */
export async function migrateQueue(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...LOCK_KEYS]);
    await client.query(`CREATE TABLE IF NOT EXISTS queue_migrations (
      version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM queue_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > QUEUE_VERSION) {
      throw new Error(`The queue's tables are at version ${current}, newer than this annals knows (${QUEUE_VERSION}): upgrade annals`);
    }
    for (let version = current + 1; version <= QUEUE_VERSION; version++) {
      await client.query(QUEUE_MIGRATIONS[version - 1]!);
      await client.query('INSERT INTO queue_migrations (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
