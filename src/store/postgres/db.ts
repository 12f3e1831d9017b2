import { createHash } from 'node:crypto';
import pg from 'pg';

/** What a piece of work inside a transaction is given: one connection, in the transaction. */
export type Client = pg.PoolClient;

// bigint (counts, ids, band keys) and numeric (sums of bigints) come back as numbers: every value annals keeps is
// below 2^53. Set on this pool only, never on pg's global type table.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
} as pg.CustomTypesConfig;

/** The key space of the rollup shard locks (see rollups.ts). */
export const SHARD_SPACE = 0x616e6e63;
/** Rollup shards: each transaction that writes adds to a shard no other running transaction has. */
export const SHARDS = 64;

/**
 * A pool of connections to the database at `url`. Prepared statements keep one generic plan: planning a query over
 * every partition of events costs more than running it on all but the largest stores, and a generic plan still
 * prunes partitions when it starts, from the values it is given. A generic plan's costs are those of a limit it does
 * not know (a tenth of the rows), so on a large store they pass the JIT threshold, and compiling (about 100 ms, again
 * at every run) would cost more than the milliseconds the query takes: JIT is off. (`options` in the URL replaces
 * these settings.)
 */
export function createPool(url: string, max = 8): pg.Pool {
  return new pg.Pool({
    connectionString: url, max, types, application_name: 'annals', options: '-c plan_cache_mode=force_generic_plan -c jit=off',
  });
}

/**
 * A transaction claims the lowest rollup shard no other running transaction has (an advisory lock to its end), so
 * writers never wait for each other on a running total, and totals are split in no more shards than writers ever ran
 * at once. With all taken, the rollup trigger falls back to one by process id: totals stay right, writers may wait.
 */
const CLAIM_SHARD = `SELECT set_config('annals.shard', coalesce(
  (SELECT s::text FROM generate_series(0, $2 - 1) s WHERE pg_try_advisory_xact_lock($1, s) LIMIT 1), ''), true)`;

// Another writer's transaction can make ours fail though nothing is wrong with it: a deadlock, a serialization
// failure, a lock wait cut short, or a foreign key to an actor another save has just dropped. Such a transaction is
// run again.
const TRANSIENT = new Set(['40001', '40P01', '23503', '55P03']);
const ATTEMPTS = 5;

/** Whether an error is one a retry of the whole transaction can get past. */
export const isTransient = (error: unknown): boolean =>
  TRANSIENT.has((error as { code?: string } | null)?.code ?? '');

/**
 * Run `work` in one transaction on one connection of the pool: committed when it resolves, rolled back when it
 * throws. A transient failure (see `isTransient`) runs it again, up to five times, after a short random pause.
 */
export async function transaction<T>(pool: pg.Pool, work: (client: Client) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(CLAIM_SHARD, [SHARD_SPACE, SHARDS]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
    } finally {
      client.release();
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
  }
}

/**
 * The rows of a query, as arrays of column values in select order. The statement is prepared once per connection
 * (named by its text), so its plan can be kept: planning a query over the partitions of events takes longer than
 * running it on a small store.
 */
export async function rowsOf(db: pg.Pool | Client, text: string, params: unknown[] = []): Promise<unknown[][]> {
  const name = `annals_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  return (await db.query({ name, text, values: params, rowMode: 'array' })).rows as unknown[][];
}
