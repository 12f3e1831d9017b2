/**
 * `npm run bench -- workers`: the queue and its workers on PostgreSQL. Starts a throwaway cluster, and for one
 * worker process and then two: enqueues the VOA stories repeated to N articles (copies with ids of their own) into
 * a fresh database, runs the workers with `--once` until the queue is drained, and prints articles/s, MB of text/s
 * and events/s, and the scaling ratio of two workers over one. Each worker codes on one thread (`--threads 1`) and
 * does not link near-copies (`--no-dedupe`: the copies are the same text).
 *
 * @example npm run bench -- workers --articles 3000 --json tmp/workers.json
 * @example npm run bench   (ends with a small workers pass when PostgreSQL is installed)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { freshDatabase, pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import type { PgCluster } from '../../test/support/pg-cluster.js';
import { fixed, int } from './report.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const DEFAULT_ARTICLES = 3000;
const MB = 1e6;

/** What one pass measured, from the queue's own timestamps and counts. */
export interface WorkersPass {
  workers: number;
  articles: number;
  textMB: number;
  events: number;
  /** From starting the worker processes to the last one's exit: model loading included. */
  seconds: number;
  /** From the first claim to the last job done: the steady rate, without start-up. */
  steadySeconds: number;
  stored: { articles: number; events: number };
  failed: number;
}

// The corpus path as throughput.ts finds it: this process never loads the library (nor the language model).
const corpusPath = (): string => join(process.env.ANNALS_SHARED_DATA || fileURLToPath(new URL('../../../shared/data/', import.meta.url)),
  'corpus', 'voa_stories.jsonl');

/** The corpus repeated to `count` JSON lines in a file: story `i mod n`, copy `floor(i / n)`, id `${id}#${copy}`. */
function writeCorpus(path: string, count: number): void {
  const stories = readFileSync(corpusPath(), 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const story = stories[i % stories.length]!;
    lines.push(JSON.stringify({ ...story, id: `${story.id}#${Math.floor(i / stories.length)}` }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function exited(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => proc.on('exit', (code) => {
    if (code !== 0) process.stderr.write(stderr);
    resolve(code);
  }));
}

/** One pass: a fresh database, the articles enqueued, `workers` processes until the queue is drained. */
async function runPass(cluster: PgCluster, input: string, workers: number, env: NodeJS.ProcessEnv): Promise<WorkersPass> {
  const url = await freshDatabase(cluster, `bench_workers_${workers}`);
  const enqueue = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'enqueue', input, '--db', url], { encoding: 'utf8', env });
  if (enqueue.status !== 0) throw new Error(`annals enqueue failed: ${enqueue.stderr}`);
  const start = performance.now();
  const codes = await Promise.all(Array.from({ length: workers }, () => exited(['worker', '--db', url, '--once', '--threads', '1', '--no-dedupe'], env)));
  const seconds = (performance.now() - start) / 1000;
  if (codes.some((code) => code !== 0)) throw new Error(`a worker failed (exit codes ${codes.join(', ')})`);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const { rows: [jobs] } = await sql.query<{ done: string; failed: string; bytes: string; events: string; steady: number }>(`
      SELECT count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE state = 'failed') AS failed,
        coalesce(sum(text_bytes) FILTER (WHERE state = 'done'), 0) AS bytes, coalesce(sum(events), 0) AS events,
        extract(epoch FROM max(finished_at) - min(claimed_at))::float8 AS steady
      FROM queue_jobs`);
    const store = await openStore(url);
    const stored = await store.counts().finally(() => store.close());
    return {
      workers, articles: Number(jobs!.done), textMB: Number(jobs!.bytes) / MB, events: Number(jobs!.events), seconds,
      steadySeconds: jobs!.steady, stored: { articles: stored.articles, events: stored.events },
      failed: Number(jobs!.failed),
    };
  } finally {
    await sql.end();
  }
}

const per = (n: number, seconds: number, digits: number): string => fixed(n / seconds, digits);

/** The lines of a pass: rates over the whole run and over the steady part, and what the store holds. */
function passLines(p: WorkersPass, expected: number): string[] {
  const ok = p.articles === expected && p.stored.articles === expected && p.stored.events === p.events && p.failed === 0;
  return [
    `${p.workers} worker${p.workers === 1 ? ' ' : 's'}: ${int(p.articles)} articles, ${fixed(p.textMB, 1)} MB of text, ${int(p.events)} events`
      + ` in ${fixed(p.seconds, 1)} s: ${per(p.articles, p.seconds, 1)} articles/s, ${per(p.textMB, p.seconds, 3)} MB/s, `
      + `${int(p.events / p.seconds)} events/s`,
    `           steady (first claim to last done, ${fixed(p.steadySeconds, 1)} s): ${per(p.articles, p.steadySeconds, 1)} articles/s, `
      + `${per(p.textMB, p.steadySeconds, 3)} MB/s, ${int(p.events / p.steadySeconds)} events/s`,
    `           stored: ${int(p.stored.articles)} articles, ${int(p.stored.events)} events (coded ${int(p.events)}), `
      + `${int(p.failed)} failed  ${ok ? 'OK' : 'MISMATCH'}`,
  ];
}

/**
 * One worker, then two, on `articles` articles each; the lines to print, or why the pass cannot run here.
 * `ok` is false when a pass stored other than what it coded.
 */
export async function workersPass(articles: number): Promise<{ lines: string[]; passes: WorkersPass[]; ok: boolean }> {
  const reason = pgSkipReason();
  if (reason != null) return { lines: [`workers on PostgreSQL: not run: ${reason}`], passes: [], ok: true };
  const dir = mkdtempSync(join(tmpdir(), 'annals-bench-workers-'));
  const cluster = await startPgCluster();
  try {
    const input = join(dir, 'articles.jsonl');
    writeCorpus(input, articles);
    // A gazetteer index of the bench's own, built once on a main thread before timing: a coding thread's capped heap
    // cannot build it, and the shared cache may be rebuilt by another checkout meanwhile.
    const env = { ...process.env, ANNALS_CACHE_DIR: join(dir, 'cache') };
    const warm = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'code', 'examples/01-anchorage-summit.json', '--no-db', '--workers', '0', '--quiet'], {
      encoding: 'utf8', env, cwd: fileURLToPath(new URL('../../', import.meta.url)),
    });
    if (warm.status !== 0) throw new Error(`the warm-up run failed: ${warm.stderr}`);
    const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');
    const lines = [`workers on PostgreSQL: ${corpusPath()} repeated to ${int(articles)} articles (copies with ids of their own), `
      + `a throwaway cluster (fsync off); each worker one process, one coding thread, --no-dedupe; `
      + `${availableParallelism()} cores, load average ${load()} at start (other processes share these cores)`];
    const passes: WorkersPass[] = [];
    for (const workers of [1, 2]) {
      const pass = await runPass(cluster, input, workers, env);
      passes.push(pass);
      lines.push(...passLines(pass, articles));
    }
    const [one, two] = passes as [WorkersPass, WorkersPass];
    lines.push(`scaling, 2 workers over 1: ${fixed(one.seconds / two.seconds, 2)}x over the whole run, `
      + `${fixed(one.steadySeconds / two.steadySeconds, 2)}x steady; load average ${load()} at end`);
    const ok = passes.every((p) => p.articles === articles && p.stored.articles === articles && p.stored.events === p.events && p.failed === 0);
    return { lines, passes, ok };
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const USAGE = `usage: npm run bench -- workers [--articles N] [--json FILE]
  --articles N   articles per pass, the 89 VOA stories repeated (default ${DEFAULT_ARTICLES})
  --json FILE    also write the figures as JSON to FILE`;

/** `npm run bench -- workers`. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { articles: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const articles = Number(values.articles ?? DEFAULT_ARTICLES);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number above 0, got '${values.articles}'\n${USAGE}`);
  const { lines, passes, ok } = await workersPass(articles);
  for (const line of lines) console.log(line);
  if (values.json != null) writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), articles, passes }, null, 2)}\n`);
  if (!ok) process.exitCode = 1;
}
