/**
 * `npm run bench -- api`: load synthetic events into a temporary SQLite file, then time the main API queries
 * in-process (`app.request`, JSON included) and print their p50 and p95 latency against the 100 ms target.
 *
 * @example npm run bench -- api --events 1000000 --reps 30
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../../src/api/index.js';
import { loadCameo } from '../../src/cameo/index.js';
import { asyncStore, openSqliteStore } from '../../src/store/index.js';
import { COUNTRIES, DAYS, SEARCH_WORDS, dayAt, random, syntheticArticle, syntheticPlaces } from './api-data.js';
import { fixed, int, mb } from './report.js';

const TARGET_P95_MS = 100;

const USAGE = `usage: npm run bench -- api [--events N] [--reps N] [--db FILE]
  --events N   synthetic events to load, ten per article (default 1000000)
  --reps N     timed requests per query, each with other parameters (default 30)
  --db FILE    use this database, loading it only if it is empty (kept afterwards)`;

function options(argv: string[]): { events: number; reps: number; db: string | null } {
  const { values } = parseArgs({
    args: argv,
    options: { events: { type: 'string' }, reps: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const events = Number(values.events ?? 1_000_000);
  const reps = Number(values.reps ?? 30);
  if (!Number.isInteger(events) || events < 10 || !Number.isInteger(reps) || reps < 1) throw new Error(`bad --events or --reps\n${USAGE}`);
  return { events, reps, db: values.db ?? null };
}

/** One query shape: a name and the URL of its `i`-th request. */
export type Query = [name: string, url: (i: number, rand: () => number) => string];

const country = (rand: () => number): string => COUNTRIES[Math.floor(COUNTRIES.length * rand() ** 2)] as string;
const day = (rand: () => number): string => dayAt(Math.floor(rand() * (DAYS - 90)));
const month = (rand: () => number): string => day(rand).slice(0, 7);

/** The API's main queries, as the dashboard sends them (also timed on PostgreSQL by postgres.ts). */
export const QUERIES: Query[] = [
  ['events: newest page', (i) => `/api/events?limit=50&offset=${(i % 5) * 50}`],
  ['events: actor', (_, r) => `/api/events?actor=${country(r)}`],
  ['events: actor + type', (_, r) => `/api/events?actor=${country(r)}&type=${['ASSAULT', 'CONSULT', 'ACCUSE'][Math.floor(r() * 3)]}`],
  ['events: one month', (_, r) => { const m = month(r); return `/api/events?since=${m}&until=${m}-28`; }],
  ['events: search', (_, r) => `/api/events?q=${SEARCH_WORDS[Math.floor(r() * SEARCH_WORDS.length)]}`],
  ['events: search + actor', (_, r) => `/api/events?q=${SEARCH_WORDS[Math.floor(r() * SEARCH_WORDS.length)]}&actor=${country(r)}`],
  ['events: bbox', (_, r) => { const w = Math.floor(r() * 300) - 150; const s = Math.floor(r() * 100) - 50; return `/api/events?bbox=${w},${s},${w + 20},${s + 20}`; }],
  ['events: page 100', () => '/api/events?limit=50&offset=5000'],
  ['actors', (i) => `/api/actors?limit=${40 + i % 3}`],
  ['actors: actor', (_, r) => `/api/actors?actor=${country(r)}`],
  ['dyads', (i) => `/api/dyads?limit=${40 + i % 3}`],
  ['dyads: actor by month', (_, r) => `/api/dyads?actor=${country(r)}&by=month`],
  ['timeline: all by day', (i) => `/api/timeline?by=${i % 2 ? 'day' : 'week'}`],
  ['timeline: actor', (_, r) => `/api/timeline?actor=${country(r)}`],
  ['timeline: type', (_, r) => `/api/timeline?type=${['ASSAULT', 'CONSULT', 'ACCUSE', 'AID'][Math.floor(r() * 4)]}`],
  ['places', (i) => `/api/places?limit=${200 + i % 3}`],
  ['places: actor', (_, r) => `/api/places?actor=${country(r)}`],
  ['articles', (i) => `/api/articles?offset=${i * 50}`],
  ['article', (_, r) => `/api/articles/synthetic-${Math.floor(r() * 1000)}`],
];

/** The value at fraction `p` of sorted times. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/** One query's times over `reps` requests (sorted, ms) and mean body size; a first request warms caches untimed. */
export async function timeQuery(
  app: ReturnType<typeof createApp>, url: Query[1], reps: number, rand: () => number,
): Promise<{ times: number[]; bytes: number }> {
  await app.request(url(0, rand));
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < reps; i++) {
    const target = url(i, rand);
    const t0 = performance.now();
    const response = await app.request(target);
    const body = await response.text();
    times.push(performance.now() - t0);
    bytes += body.length;
    if (response.status !== 200) throw new Error(`${target}: ${response.status} ${body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  return { times, bytes: bytes / reps };
}

/** Load `count` events (ten per article) into the store; returns the seconds it took. */
function load(store: ReturnType<typeof openSqliteStore>, count: number): number {
  const codes = loadCameo().all().filter((c) => c.code.length === 3);
  const places = syntheticPlaces();
  const t0 = performance.now();
  const articles = Math.ceil(count / 10);
  for (let n = 0; n < articles; n++) {
    const { doc, records } = syntheticArticle(n, codes, places);
    store.save(doc, records);
    if (n > 0 && n % 10_000 === 0) process.stderr.write(`  loaded ${int(n * 10)} events\r`);
  }
  return (performance.now() - t0) / 1000;
}

/** Run the API bench with command-line arguments (those after `api`). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { events, reps, db } = options(argv);
  const dir = db == null ? mkdtempSync(join(tmpdir(), 'annals-api-bench-')) : null;
  const path = db ?? join(dir as string, 'bench.db');
  try {
    const store = openSqliteStore(path);
    console.log(`annals API bench: ${int(events)} synthetic events, ${reps} requests per query, in-process (app.request)`);
    console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    if (store.counts().events === 0) {
      const seconds = load(store, events);
      console.log(`load: ${int(store.counts().events)} events in ${fixed(seconds, 1)} s (${int(store.counts().events / seconds)} events/s through Store.save)`);
    } else {
      console.log(`load: reusing ${path} (${int(store.counts().events)} events)`);
    }
    const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    console.log(`database: ${fixed(mb(size(path) + size(`${path}-wal`)), 0)} MB on disk`);
    const app = createApp({ store: asyncStore(store) });
    const rand = random(42);
    const rows: string[][] = [];
    const all: number[] = [];
    let misses = 0;
    for (const [name, url] of QUERIES) {
      const { times, bytes } = await timeQuery(app, url, reps, rand);
      all.push(...times);
      const p95 = percentile(times, 0.95);
      if (p95 > TARGET_P95_MS) misses++;
      rows.push([name, fixed(percentile(times, 0.5), 1), fixed(p95, 1), fixed(times.at(-1) ?? NaN, 1), int(bytes / 1000),
        p95 <= TARGET_P95_MS ? 'PASS' : 'MISS']);
    }
    const head = ['query', 'p50 ms', 'p95 ms', 'max ms', 'kB', 'p95 <= 100 ms'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
    const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    console.log('');
    for (const row of [head, ...rows]) console.log(line(row));
    all.sort((a, b) => a - b);
    console.log('');
    console.log(`all queries: p50 ${fixed(percentile(all, 0.5), 1)} ms, p95 ${fixed(percentile(all, 0.95), 1)} ms; `
      + `${QUERIES.length - misses} of ${QUERIES.length} queries meet p95 <= ${TARGET_P95_MS} ms`);
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at end`);
    store.close();
  } finally {
    if (dir != null) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
