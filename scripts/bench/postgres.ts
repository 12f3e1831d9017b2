/**
 * `npm run bench -- postgres`: the PostgreSQL store against SQLite on the same synthetic events. Starts a throwaway
 * cluster with durable settings (every commit flushed, as on a real server), loads N events (ten per article) with
 * `save` and with `commit` in groups of 64 (as batches and workers write), from one writer and from several at once,
 * then times the API's queries in-process on both stores and prints p50/p95 side by side, with sizes on disk.
 *
 * @example npm run bench -- postgres --events 100000 --writers 4
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp } from '../../src/api/index.js';
import { loadCameo } from '../../src/cameo/index.js';
import { codedOutcome } from '../../src/batch/index.js';
import { textHash } from '../../src/dedupe/index.js';
import { asyncStore, openSqliteStore, openStore } from '../../src/store/index.js';
import type { CodedOutcome, Store } from '../../src/store/index.js';
import { pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import { QUERIES, percentile, timeQuery } from './api.js';
import { random, syntheticArticle, syntheticPlaces } from './api-data.js';
import { fixed, int, mb } from './report.js';

const USAGE = `usage: npm run bench -- postgres [--events N] [--reps N] [--writers N] [--db URL]
  --events N    synthetic events to load, ten per article (default 100000)
  --reps N      timed requests per query on each store (default 20)
  --writers N   writers at once in the last load phase (default 4)
  --db URL      an empty PostgreSQL database to use instead of a throwaway cluster`;

function options(argv: string[]): { events: number; reps: number; writers: number; db: string | null } {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' }, reps: { type: 'string' }, writers: { type: 'string' }, db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [events, reps, writers] = [Number(values.events ?? 100_000), Number(values.reps ?? 20), Number(values.writers ?? 4)];
  if (![events, reps, writers].every((n) => Number.isInteger(n) && n >= 1) || events < 1000) throw new Error(`bad arguments\n${USAGE}`);
  return { events, reps, writers, db: values.db ?? null };
}

type Article = ReturnType<typeof syntheticArticle>;

const outcome = ({ doc, records }: Article): CodedOutcome => codedOutcome(doc.article, { records, messages: doc.messages }, textHash(doc.article.text), null);

/** Store articles `from..to` with `writers` stores at once, each committing groups of `group` (1: `save`). */
async function loadPhase(stores: Store[], make: (n: number) => Article, from: number, to: number, group: number): Promise<number> {
  let next = from;
  const t0 = performance.now();
  await Promise.all(stores.map(async (store) => {
    while (next < to) {
      const start = next;
      next = Math.min(to, next + group);
      const articles = Array.from({ length: next - start }, (_, i) => make(start + i));
      if (group === 1) await store.save(articles[0]!.doc, articles[0]!.records);
      else await store.commit(articles.map(outcome));
    }
  }));
  return (performance.now() - t0) / 1000;
}

/** p50 and p95 of each API query over a store, in ms. */
async function queryTimes(store: Store, reps: number): Promise<[number, number][]> {
  const app = createApp({ store });
  const rand = random(42);
  const out: [number, number][] = [];
  for (const [, url] of QUERIES) {
    const { times } = await timeQuery(app, url, reps, rand);
    out.push([percentile(times, 0.5), percentile(times, 0.95)]);
  }
  return out;
}

async function scalar(url: string, text: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query({ text, rowMode: 'array' })).rows[0]?.[0];
  } finally {
    await client.end();
  }
}

/** Run the PostgreSQL bench with command-line arguments (those after `postgres`). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { events, reps, writers, db } = options(argv);
  if (db == null) {
    const skip = pgSkipReason();
    if (skip != null) {
      console.log(`postgres bench: ${skip}`);
      return;
    }
  }
  const cluster = db == null ? await startPgCluster({ durable: true }) : null;
  const url = db ?? cluster!.url;
  const dir = mkdtempSync(join(tmpdir(), 'annals-pg-bench-'));
  try {
    console.log(`annals PostgreSQL bench: ${int(events)} synthetic events (ten per article), ${reps} requests per query`);
    console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (shared with the server), `
      + `load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    console.log(`PostgreSQL: ${String(await scalar(url, 'SHOW server_version'))}${cluster ? ', a throwaway cluster on a unix socket, fsync on, synchronous_commit on' : ''}`);
    const codes = loadCameo().all().filter((c) => c.code.length === 3);
    const places = syntheticPlaces();
    const make = (n: number): Article => syntheticArticle(n, codes, places);
    const articles = Math.ceil(events / 10);

    // Load: save alone; commits of 64 from one writer; commits of 64 from several writers at once.
    const stores = await Promise.all(Array.from({ length: writers }, () => openStore(url)));
    const cuts = [0, Math.round(articles * 0.05), Math.round(articles * 0.3), articles];
    const phases: [string, number, number, number][] = [
      ['save, one writer', cuts[0]!, cuts[1]!, await loadPhase(stores.slice(0, 1), make, cuts[0]!, cuts[1]!, 1)],
      ['commit of 64, one writer', cuts[1]!, cuts[2]!, await loadPhase(stores.slice(0, 1), make, cuts[1]!, cuts[2]!, 64)],
      [`commit of 64, ${writers} writers at once`, cuts[2]!, cuts[3]!, await loadPhase(stores, make, cuts[2]!, cuts[3]!, 64)],
    ];
    console.log('');
    console.log('load into PostgreSQL');
    for (const [name, from, to, seconds] of phases) {
      console.log(`  ${name.padEnd(30)} ${int(to - from).padStart(7)} articles in ${fixed(seconds, 1).padStart(6)} s: `
        + `${int((to - from) / seconds).padStart(6)} articles/s, ${int((to - from) * 10 / seconds).padStart(7)} events/s`);
    }
    await Promise.all(stores.slice(1).map((s) => s.close()));
    const post = stores[0]!;
    const t0 = performance.now();
    await scalar(url, 'VACUUM ANALYZE');
    console.log(`  VACUUM ANALYZE (visibility map for index-only scans, planner statistics): ${fixed((performance.now() - t0) / 1000, 1)} s`);

    // The same events into SQLite, for the comparison.
    const path = join(dir, 'bench.db');
    const sync = openSqliteStore(path);
    const t1 = performance.now();
    for (let n = 0; n < articles; n++) {
      const { doc, records } = make(n);
      sync.save(doc, records);
    }
    console.log(`load into SQLite (save, one writer, for comparison): ${int(articles * 10 / ((performance.now() - t1) / 1000))} events/s`);
    const lite = asyncStore(sync);

    const counts = await post.counts();
    const same = JSON.stringify(counts) === JSON.stringify(await lite.counts());
    const partitions = await scalar(url, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass");
    const pgBytes = Number(await scalar(url, 'SELECT pg_database_size(current_database())'));
    const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    console.log(`stored: ${int(counts.articles)} articles, ${int(counts.events)} events, ${int(counts.actors)} actors in both `
      + `${same ? '(same counts)' : '(COUNTS DIFFER)'}; PostgreSQL ${fixed(mb(pgBytes), 0)} MB in ${String(partitions)} partitions, `
      + `SQLite ${fixed(mb(size(path) + size(`${path}-wal`)), 0)} MB`);

    const [pgTimes, liteTimes] = [await queryTimes(post, reps), await queryTimes(lite, reps)];
    const head = ['query', 'PostgreSQL p50', 'p95 ms', 'SQLite p50', 'p95 ms'];
    const rows = QUERIES.map(([name], i) => [name, fixed(pgTimes[i]![0], 1), fixed(pgTimes[i]![1], 1), fixed(liteTimes[i]![0], 1), fixed(liteTimes[i]![1], 1)]);
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    console.log('');
    for (const row of [head, ...rows]) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    console.log('');
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at end`);
    await post.close();
    await lite.close();
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
