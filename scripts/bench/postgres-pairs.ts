/**
 * `npm run bench -- pairs`: the unfiltered top pairs of the PostgreSQL store at the size of a billion-event store,
 * without loading a billion events. Starts a throwaway cluster with durable settings, writes N folded pairs
 * (`rollup_pairs`, counts falling off as in news: a few pairs with many events, most with few) and K changed pairs
 * (`rollup_dyads`, as writers leave them between two folds) straight into the tables, then times the top 50 as the
 * store reads it (`TOP_PAIRS`), grouping every pair as version 3 of the schema did, a fold, and the top 50 after it.
 *
 * @example npm run bench -- pairs --pairs 2000000 --changed 5000
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { TOP_PAIRS } from '../../src/store/postgres/pairs.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import { percentile } from './api.js';
import { fixed, int } from './report.js';

const USAGE = `usage: npm run bench -- pairs [--pairs N] [--changed K] [--reps N]
  --pairs N     folded pairs (default 2000000)
  --changed K   pairs changed since the last fold (default 5000)
  --reps N      timed reads of the top 50 (default 15)`;

// Every pair as version 3 read them: all rows grouped, then sorted.
const GROUP_EVERY_PAIR = `SELECT source_code, target_code, sum(events) AS events, sum(goldstein) / sum(events) FROM (
    SELECT source_code, target_code, events, goldstein FROM rollup_pairs
    UNION ALL SELECT source_code, target_code, events, goldstein FROM rollup_dyads) r
  GROUP BY source_code, target_code HAVING sum(events) > 0 ORDER BY events DESC, source_code, target_code LIMIT $1`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Run the pairs bench with command-line arguments (those after `pairs`). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv, options: { pairs: { type: 'string' }, changed: { type: 'string' }, reps: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [pairs, changed, reps] = [Number(values.pairs ?? 2_000_000), Number(values.changed ?? 5000), Number(values.reps ?? 15)];
  if (![pairs, changed, reps].every((n) => Number.isInteger(n) && n >= 1) || changed > pairs) throw new Error(`bad arguments\n${USAGE}`);
  const skip = pgSkipReason();
  if (skip != null) {
    console.log(`pairs bench: ${skip}`);
    return;
  }
  const cluster = await startPgCluster({ durable: true });
  try {
    await (await openPostgresStore(cluster.url)).close();
    // The store's connection settings (db.ts): generic plans, no JIT.
    const client = new pg.Client({ connectionString: cluster.url, options: '-c plan_cache_mode=force_generic_plan -c jit=off' });
    await client.connect();
    try {
      const fill = await timed(async () => {
        await client.query(`INSERT INTO rollup_pairs SELECT 'S' || (i % 5000), 'T' || i, 1 + floor(1e6 / (1 + i))::bigint, i % 7
          FROM generate_series(1, $1::int) i`, [pairs]);
        // Changed pairs spread over the whole range, one or two shards each.
        await client.query(`INSERT INTO rollup_dyads SELECT 'S' || (i % 5000), 'T' || i, s, 1, 1
          FROM generate_series(1, $1::int, $1::int / $2::int) i, generate_series(0, (i % 2)::int) s`, [pairs, changed]);
        await client.query('VACUUM ANALYZE rollup_pairs');
        await client.query('VACUUM ANALYZE rollup_dyads');
      });
      const changedPairs = Number((await client.query('SELECT count(DISTINCT (source_code, target_code)) AS n FROM rollup_dyads')).rows[0].n);
      console.log(`annals PostgreSQL top pairs bench: ${int(pairs)} folded pairs, ${int(changedPairs)} changed since (written in ${fixed(fill / 1000, 1)} s)`);
      const top = (): Promise<unknown> => client.query({ name: 'top', text: TOP_PAIRS, values: [50], rowMode: 'array' });
      await top();
      const before: number[] = [];
      for (let i = 0; i < reps; i++) before.push(await timed(top));
      before.sort((a, b) => a - b);
      const grouped = await timed(() => client.query({ text: GROUP_EVERY_PAIR, values: [50] }));
      const fold = await timed(() => client.query('SELECT annals_fold_pairs()'));
      const after: number[] = [];
      for (let i = 0; i < reps; i++) after.push(await timed(top));
      after.sort((a, b) => a - b);
      console.log(`top 50 with the changes unfolded   p50 ${fixed(percentile(before, 0.5), 1)} ms, p95 ${fixed(percentile(before, 0.95), 1)} ms`);
      console.log(`grouping every pair (version 3)    ${fixed(grouped, 0)} ms`);
      console.log(`fold of the changes                ${fixed(fold, 0)} ms`);
      console.log(`top 50 after the fold              p50 ${fixed(percentile(after, 0.5), 1)} ms, p95 ${fixed(percentile(after, 0.95), 1)} ms`);
    } finally {
      await client.end();
    }
  } finally {
    await cluster.stop();
  }
}
