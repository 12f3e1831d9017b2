/**
 * The whole pipeline on every core: the VOA stories repeated to 100,000 articles, streamed as JSON Lines through
 * ingest, coded on worker threads, stored in SQLite (a fresh database in a temporary folder). Each run is a child
 * process of its own, so its peak RSS is the pipeline's alone: the main thread and every worker thread (threads
 * share one process, whose resident set holds them all).
 *
 * The run measures the compiled `dist/` that `annals code` runs (`library.ts`); `npm run bench` builds it first.
 *
 * Each copy of a story gets its own id (`<id>#<copy>`), and near-duplicate detection is off (`dedupe: false`, as
 * `annals code --no-dedupe`): the copies are the same text, and would otherwise be linked to the first, not coded.
 *
 * @example npx tsx scripts/bench/throughput.ts --articles 100000 --runs 3 --json tmp/throughput.json
 * @example npm run bench   (runs one 100,000-article pass after the single-core passes)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLibrary, loadBatch, loadStores } from './library.js';
import { procCpuMs } from './proc-cpu.js';
import { check, fixed, int, passTable, targetLines } from './report.js';
import type { PassFigures, TargetCheck } from './report.js';

/** Targets on a 2-core machine: a day of the world's English news (about 1 GB of text) in about ten minutes. */
export const ALL_CORES_TARGETS = { mbPerSecond: 1.6, peakRssMB: 800 };
const DEFAULT_ARTICLES = 100_000;
const MB = 1e6;

/** What one child run measured. */
export interface RunFigures {
  articles: number;
  workers: number;
  textMB: number;
  events: number;
  /** From before the pool starts to the last commit: start-up included. */
  seconds: number;
  /** The same, less the time until the first worker was ready. */
  steadySeconds: number;
  startupSeconds: number;
  /** CPU time of the whole process (every thread), user and system, over the same span. */
  cpuSeconds: number;
  /** Highest of the 50 ms samples and the kernel's maxRSS for the process (main thread and every worker thread). */
  peakRssMB: number;
  sampledPeakRssMB: number;
  maxRssMB: number;
  stored: { articles: number; events: number; logged: number };
  failed: number;
  /** Why articles failed, with how many. */
  failures: { reason: string; count: number }[];
  loadBefore: number[];
  loadAfter: number[];
  /** CPU seconds by thread at the end of the run (Linux only, else null). */
  threads: ThreadCpu | null;
}

/** Where the CPU went: the main thread, the busiest `workers` other threads (the coding workers), the rest. */
interface ThreadCpu {
  mainSeconds: number;
  workerSeconds: number[];
  otherSeconds: number;
}

/**
 * CPU seconds of each thread of this process, from /proc/self/task (every thread is named "node", so the workers
 * are told apart by their load: nothing else in the process comes near a coding thread). Null where /proc is missing.
 */
function cpuByThread(workers: number): ThreadCpu | null {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  let mainSeconds = 0;
  const others: number[] = [];
  for (const task of tasks) {
    const ms = procCpuMs(`/proc/self/task/${task}/stat`);
    if (ms === null) continue; // the thread ended since the folder was read
    if (Number(task) === process.pid) mainSeconds = ms / 1000;
    else others.push(ms / 1000);
  }
  others.sort((a, b) => b - a);
  const workerSeconds = others.slice(0, workers);
  return { mainSeconds, workerSeconds, otherSeconds: others.slice(workers).reduce((a, b) => a + b, 0) };
}

// Not corpus.ts: it imports the whole library, and with it the language model, which this process must not load
// (only the workers do), or its RSS would hold a model no thread uses.
const corpusPath = (): string => join(process.env.ANNALS_SHARED_DATA || fileURLToPath(new URL('../../../shared/data/', import.meta.url)),
  'corpus', 'voa_stories.jsonl');

/** Lines of the corpus file, each with its id taken out, ready to be given a new id per copy. */
function corpusLines(): { ids: string[]; rests: string[]; path: string } {
  const path = corpusPath();
  const ids: string[] = [];
  const rests: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, ...rest } = JSON.parse(line) as { id: string };
    ids.push(String(id));
    rests.push(JSON.stringify(rest).slice(1));
  }
  return { ids, rests, path };
}

/** The corpus repeated to `count` JSON lines: story `i mod n`, copy `floor(i / n)`, id `${id}#${copy}`. */
function* repeated(count: number, ids: string[], rests: string[]): Generator<string> {
  for (let i = 0; i < count; i++) {
    const story = i % ids.length;
    const copy = Math.floor(i / ids.length);
    yield `{"id":${JSON.stringify(`${ids[story]}#${copy}`)},${rests[story]}\n`;
  }
}

/** One run, in this process: stream, code on `workers` threads, store; print the figures as one JSON line. */
async function child(articles: number, workers: number): Promise<void> {
  // The compiled batch runner: its pool then starts the compiled worker, as `annals code` does.
  const [{ createPool, limitHeapGrowth, runBatch }, { openStore }] = await Promise.all([loadBatch(), loadStores()]);
  limitHeapGrowth();
  const { ids, rests } = corpusLines();
  const dir = mkdtempSync(join(tmpdir(), 'annals-throughput-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const store = await openStore(join(dir, 'bench.db'));
    const loadBefore = loadavg();
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const pool = await createPool({ workers });
    const ready = performance.now();
    const failures = new Map<string, number>();
    const summary = await runBatch(['-'], {
      store, pool, dedupe: false, ingest: { stdin: Readable.from(repeated(articles, ids, rests)) },
      onResult: (r) => {
        // Reasons differ by the copy's id only: grouped without it.
        const reason = r.kind === 'failed' ? r.reason.replace(/"[^"]*#\d+"/, '"<copy>"').replace(/\("[0-9a-f]+"\)/, '(<id>)') : '';
        if (r.kind === 'failed') failures.set(reason, (failures.get(reason) ?? 0) + 1);
      },
    });
    const end = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    const threads = cpuByThread(workers);
    await pool.close();
    peak = Math.max(peak, process.memoryUsage().rss);
    const counts = await store.counts();
    await store.close();
    const logged = Number(execFileSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(join(dir, 'bench.db'))},{readonly:true});console.log(d.prepare('SELECT count(*) FROM ingest_log').pluck().get())`], { cwd: fileURLToPath(new URL('../../', import.meta.url)) }).toString());
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const figures: RunFigures = {
      articles: summary.coded + summary.failed, workers, textMB: summary.textBytes / MB, events: summary.events,
      seconds: (end - start) / 1000, steadySeconds: (end - ready) / 1000, startupSeconds: (ready - start) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMB: Math.max(peak, maxRss) / MB, sampledPeakRssMB: peak / MB, maxRssMB: maxRss / MB,
      stored: { articles: counts.articles, events: counts.events, logged }, failed: summary.failed,
      failures: [...failures].map(([reason, count]) => ({ reason, count })),
      loadBefore, loadAfter: loadavg(), threads,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run the child process once and read its figures. */
function runChild(articles: number, workers: number): Promise<RunFigures> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script, '--child', '--articles', String(articles), '--workers', String(workers)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`the throughput run failed (exit ${code})`));
      else resolve(JSON.parse(line) as RunFigures);
    });
  });
}

/** A run as a row of the bench's pass table. */
export function asPass(run: RunFigures): PassFigures {
  return {
    name: `all cores (${run.workers} workers) + SQLite`, articles: run.articles, sentences: 0, textMB: run.textMB,
    events: run.events, seconds: run.seconds, articlesPerSecond: run.articles / run.seconds, sentencesPerSecond: 0,
    mbPerSecond: run.textMB / run.seconds, eventsPerSecond: run.events / run.seconds, rssAfterMB: run.peakRssMB, heapAfterMB: 0,
  };
}

const load = (values: number[]): string => values.map((n) => n.toFixed(2)).join(' ');

/** The lines that explain a run: what was measured, the stored counts, the memory, the load. */
export function runLines(run: RunFigures, expected: number): string[] {
  const coded = expected - run.failed;
  const storedOk = run.stored.articles === coded && run.stored.logged === coded && run.stored.events === run.events;
  const failures = run.failures.map((f) => `  failed: ${int(f.count)} x ${f.reason}`);
  return [
    `${int(run.articles)} articles, ${fixed(run.textMB, 1)} MB of text, ${int(run.events)} events in ${fixed(run.seconds, 1)} s `
      + `(start-up ${fixed(run.startupSeconds, 1)} s): ${fixed(run.articles / run.seconds, 1)} articles/s, `
      + `${fixed(run.textMB / run.seconds, 3)} MB/s, ${int(run.events / run.seconds)} events/s; `
      + `after start-up ${fixed(run.textMB / run.steadySeconds, 3)} MB/s`,
    `stored: ${int(run.stored.articles)} articles, ${int(run.stored.logged)} logged (expected ${int(coded)}: `
      + `${int(expected)} read, ${int(run.failed)} failed), ${int(run.stored.events)} events (coded ${int(run.events)})  `
      + `${storedOk ? 'OK' : 'MISMATCH'}`,
    ...failures,
    `CPU: ${fixed(run.cpuSeconds, 1)} s over all threads, ${fixed(run.cpuSeconds / run.textMB, 2)} CPU-s per MB of text: `
      + `on ${availableParallelism()} idle cores at most ${fixed((availableParallelism() * run.textMB) / run.cpuSeconds, 2)} MB/s; `
      + `the run had ${fixed(run.cpuSeconds / run.seconds, 2)} cores on average`,
    ...(run.threads ? [`CPU by thread: main ${fixed(run.threads.mainSeconds, 1)} s (reads, stores), workers `
      + `${run.threads.workerSeconds.map((s) => fixed(s, 1)).join(' + ')} s (code), others ${fixed(run.threads.otherSeconds, 1)} s `
      + `(V8 background compiling and collecting, libuv); per MB: main ${fixed(run.threads.mainSeconds / run.textMB, 2)}, workers `
      + `${fixed(run.threads.workerSeconds.reduce((a, b) => a + b, 0) / run.textMB, 2)}, others ${fixed(run.threads.otherSeconds / run.textMB, 2)}`] : []),
    `peak RSS, whole process (main thread + ${run.workers} worker threads): ${fixed(run.peakRssMB, 1)} MB `
      + `(sampled ${fixed(run.sampledPeakRssMB, 1)} MB, maxRSS ${fixed(run.maxRssMB, 1)} MB)`,
    `load average ${load(run.loadBefore)} before, ${load(run.loadAfter)} after (other processes share these cores)`,
  ];
}

/** The targets, checked against a run. */
export function runTargets(run: RunFigures): TargetCheck[] {
  return [
    check('all cores + SQLite', run.textMB / run.seconds, '>=', ALL_CORES_TARGETS.mbPerSecond, 'MB/s'),
    check('peak RSS, all threads', run.peakRssMB, '<=', ALL_CORES_TARGETS.peakRssMB, 'MB'),
  ];
}

/**
 * The pass `npm run bench` runs after its single-core passes: one child run of 100,000 articles on every core
 * (`ANNALS_BENCH_ALL_CORES_ARTICLES` sets another count, for a quick check).
 */
export async function allCoresPass(
  articles = Number(process.env.ANNALS_BENCH_ALL_CORES_ARTICLES || DEFAULT_ARTICLES),
): Promise<{ pass: PassFigures; lines: string[]; run: RunFigures }> {
  const run = await runChild(articles, availableParallelism());
  return {
    pass: asPass(run), run,
    lines: ['', `all cores: ${corpusLines().path} repeated, streamed as JSON Lines, copies with ids of their own, near-duplicate detection off`,
      ...runLines(run, articles), ...targetLines(runTargets(run))],
  };
}

/** `npm run bench -- throughput [--articles N] [--workers N] [--runs N] [--json FILE]`, or this file run directly. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      child: { type: 'boolean' }, articles: { type: 'string' }, workers: { type: 'string' }, runs: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const articles = Number(values.articles ?? DEFAULT_ARTICLES);
  const workers = Number(values.workers ?? availableParallelism());
  if (values.child) return child(articles, workers);
  buildLibrary();
  const runs: RunFigures[] = [];
  console.log(`annals throughput: ${int(articles)} articles per run, ${workers} workers, ${availableParallelism()} cores, `
    + `load average ${load(loadavg())} at start`);
  for (let i = 0; i < Number(values.runs ?? 1); i++) {
    const run = await runChild(articles, workers);
    runs.push(run);
    console.log(`\nrun ${i + 1}`);
    for (const line of runLines(run, articles)) console.log(`  ${line}`);
  }
  const best = runs.reduce((a, b) => (b.textMB / b.seconds > a.textMB / a.seconds ? b : a));
  console.log('\nbest run');
  for (const line of passTable([asPass(best)])) console.log(line);
  for (const line of targetLines(runTargets(best))) console.log(line);
  if (values.json != null) writeFileSync(values.json, `${JSON.stringify({ articles, workers, runs, best }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
