/**
 * `npm run bench -- gazetteer`: what places cost. The gazetteer's load time and memory in a fresh process (from its
 * cached index, and the one-off build), then coding throughput on the VOA corpus with and without the geo stages,
 * in alternating passes of the same process so both see the same machine load.
 *
 * @example npm run bench -- gazetteer --articles 2000 --rounds 3 --json tmp/gazetteer-bench.json
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article, Coder } from '../../src/index.js';
import { loadGazetteer } from '../../src/geo/index.js';
import { loadCorpus } from './corpus.js';
import { buildLibrary, loadLibrary } from './library.js';
import { runPass } from './measure.js';
import type { Work } from './measure.js';
import { check, fixed, int, mb, passFigures, passTable, targetLines } from './report.js';
import type { PassFigures } from './report.js';

const WARMUP = 200;
const TARGETS = { loadMs: 1000, loadMB: 200, slowdown: 0.15 };

/** What a fresh process measured loading the gazetteer. */
interface LoadFigures {
  from: string;
  ms: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  heapAfterMB: number;
  entries: number;
  keys: number;
}

/** In a child process: load the gazetteer once and print what it took. */
function childLoad(cacheDir: string | undefined): void {
  const before = process.memoryUsage().rss;
  const loaded = loadGazetteer(cacheDir === undefined ? {} : { cacheDir });
  const after = process.memoryUsage();
  const figures: LoadFigures = {
    from: loaded.from, ms: loaded.ms, rssBeforeMB: mb(before), rssAfterMB: mb(after.rss), heapAfterMB: mb(after.heapUsed),
    entries: loaded.gazetteer.size, keys: loaded.gazetteer.keyCount,
  };
  console.log(JSON.stringify(figures));
}

function loadInChild(cacheDir?: string): LoadFigures {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-load', ...(cacheDir ? ['--cache', cacheDir] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`gazetteer load failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as LoadFigures;
}

const codeWork = (coder: Coder) => (article: Article): Work => {
  const { doc, records } = coder.code(article);
  return { sentences: doc.sentences.length, events: records.length };
};

/** The gazetteer benchmark; `argv` after `gazetteer`. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' }, rounds: { type: 'string' }, json: { type: 'string' }, 'child-load': { type: 'boolean' }, cache: { type: 'string' },
    },
  });
  if (values['child-load']) return childLoad(values.cache);
  const articles = Number(values.articles ?? 2000);
  const rounds = Number(values.rounds ?? 3);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(rounds) || rounds < 1) throw new Error('--articles and --rounds must be whole numbers above 0');

  console.log(`annals gazetteer bench: load in a fresh process, then ${rounds} rounds of ${int(articles)} articles coded without and with places; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const scratch = mkdtempSync(join(tmpdir(), 'annals-gazetteer-bench-'));
  let build: LoadFigures;
  let loads: LoadFigures[];
  try {
    build = loadInChild(scratch);
    loads = [loadInChild(), loadInChild(), loadInChild()];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const load = [...loads].sort((a, b) => a.ms - b.ms)[1]!;
  console.log(`build (one-off, into an empty cache): ${fixed(build.ms, 0)} ms, RSS ${fixed(build.rssAfterMB, 1)} MB after; `
    + `${int(build.entries)} entries, ${int(build.keys)} name keys`);
  console.log(`load from the cached index (median of 3 fresh processes, ${loads.map((l) => l.from).join('/')}): ${fixed(load.ms, 0)} ms `
    + `(${loads.map((l) => fixed(l.ms, 0)).join(', ')}); RSS ${fixed(load.rssBeforeMB, 1)} -> ${fixed(load.rssAfterMB, 1)} MB `
    + `(+${fixed(load.rssAfterMB - load.rssBeforeMB, 1)} MB), heap used ${fixed(load.heapAfterMB, 1)} MB`);

  const corpus = loadCorpus();
  // Coding is timed with the compiled library that `annals` runs (library.ts).
  buildLibrary();
  const { createCoder } = await loadLibrary();
  const without = createCoder({ geo: false });
  const withGeo = createCoder();
  const passes: PassFigures[] = [];
  // CPU time of this process as well as wall time: on a shared machine the wall clock counts other people's work.
  const cpu: { without: number[]; with: number[] } = { without: [], with: [] };
  const timed = async (name: string, coder: Coder, into: number[]) => {
    const start = process.cpuUsage();
    passes.push(passFigures(name, await runPass(corpus, articles, codeWork(coder)), true));
    const used = process.cpuUsage(start);
    into.push((used.user + used.system) / 1000 / articles);
  };
  await runPass(corpus, WARMUP, codeWork(without), 'warm');
  await runPass(corpus, WARMUP, codeWork(withGeo), 'warm');
  for (let r = 0; r < rounds; r++) {
    await timed(`without places #${r + 1}`, without, cpu.without);
    await timed(`with places #${r + 1}`, withGeo, cpu.with);
  }
  console.log('');
  for (const line of passTable(passes)) console.log(line);
  const best = (name: string) => Math.max(...passes.filter((p) => p.name.startsWith(name)).map((p) => p.articlesPerSecond));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wallSlowdown = 1 - best('with places') / best('without places');
  const ratios = cpu.with.map((w, i) => w / cpu.without[i]!);
  const slowdown = median(ratios) - 1;
  console.log('');
  console.log(`wall clock, best of ${rounds}: ${fixed(best('without places'), 1)} articles/s without places, ${fixed(best('with places'), 1)} with: `
    + `${fixed(wallSlowdown * 100, 1)}% slower`);
  console.log(`CPU time per article: without ${cpu.without.map((x) => fixed(x, 2)).join(', ')} ms; with ${cpu.with.map((x) => fixed(x, 2)).join(', ')} ms; `
    + `median ratio of the rounds: ${fixed(slowdown * 100, 1)}% more; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at end`);
  const targets = [
    check('gazetteer load', load.ms, '<=', TARGETS.loadMs, 'ms'),
    check('gazetteer load RSS', load.rssAfterMB - load.rssBeforeMB, '<=', TARGETS.loadMB, 'MB'),
    check('coding slowdown (CPU)', slowdown * 100, '<=', TARGETS.slowdown * 100, '%'),
  ];
  console.log('');
  console.log('targets');
  for (const line of targetLines(targets)) console.log(line);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), build, loads, passes, cpu, slowdown, wallSlowdown, targets }, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  }
}

// Run as a script (the child process of the load measurement, or `npx tsx scripts/bench/gazetteer.ts`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
