/**
 * Where the coding time goes: code 2,000 articles with each pipeline stage's `run` wrapped in a timer, and print
 * each stage's share. Stages are timed in wall time (a CPU-time reading costs a system call, too
 * much to take around every stage of every article); the total is also given in CPU time of this process (every
 * thread: the garbage collector's helpers too), which other processes on the machine inflate less. `--lib dist` codes with the compiled `dist/` that `annals` runs
 * (build it first) instead of the TypeScript sources through tsx; `--lib` another folder compares a saved build
 * (a copy of `dist/` inside the repository, so its imports resolve) against the current one. Synchronous, no timers, normal exit: run it
 * under the V8 profiler for the detail.
 *
 * @example npx tsx scripts/bench/profile.ts --articles 2000 --lib dist
 * @example node --cpu-prof --cpu-prof-dir=tmp/prof --import tsx scripts/bench/profile.ts
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { AnnalsDocument, Article, Stage } from '../../src/index.js';
import { articleAt, loadCorpus } from './corpus.js';
import type { Corpus } from './corpus.js';
import { loadBuild, type Library } from './library.js';
import { fixed, int } from './report.js';

const WARMUP = 200;

/** CPU milliseconds of this process so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Milliseconds spent in one stage. */
interface Timing {
  name: string;
  ms: number;
}

/** A copy of a stage whose `run` adds its time to `timing`; the original stage is left as it is. */
function timedStage(stage: Stage, timing: Timing): Stage {
  return {
    ...stage,
    run: function timed(doc: AnnalsDocument) {
      const start = performance.now();
      stage.run(doc);
      timing.ms += performance.now() - start;
    },
  };
}

/** Code `count` articles through the timed pipeline, then `toRecords`, as `coder.code` does; returns CPU and wall ms. */
function codeAll(corpus: Corpus, count: number, run: (article: Article) => void): { cpu: number; wall: number } {
  const start = performance.now();
  const cpu = cpuMs();
  for (let i = 0; i < count; i++) run(articleAt(corpus, i).article);
  return { cpu: cpuMs() - cpu, wall: performance.now() - start };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, lib: { type: 'string' } } });
  const { createCoder, createPipeline, toRecords } = values.lib ? await loadBuild(values.lib) : (await import('../../src/index.js')) as Library;
  const articles = Number(values.articles ?? 2000);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number above 0, got '${values.articles}'`);

  const corpus = loadCorpus();
  const coder = createCoder();
  const timings: Timing[] = coder.pipeline.stages.map((stage) => ({ name: stage.name, ms: 0 }));
  const records: Timing = { name: 'toRecords', ms: 0 };
  const pipeline = createPipeline(coder.pipeline.stages.map((stage, i) => timedStage(stage, timings[i]!)));
  let events = 0;
  const code = function code(article: Article): void {
    const doc = pipeline.run(article);
    const start = performance.now();
    events += toRecords(doc).length;
    records.ms += performance.now() - start;
  };

  codeAll(corpus, WARMUP, code);
  for (const t of [...timings, records]) t.ms = 0;
  events = 0;
  const { cpu, wall } = codeAll(corpus, articles, code);

  const parts = [...timings, records];
  const staged = parts.reduce((sum, t) => sum + t.ms, 0);
  parts.push({ name: 'other (document, loop)', ms: wall - staged });
  console.log(`annals profile (${values.lib ?? 'src/ through tsx'}): ${int(articles)} articles `
    + `(${corpus.stories.length} VOA stories repeated) after a ${WARMUP}-article warm-up, ${int(events)} events, `
    + `CPU ${fixed(cpu / 1000, 2)} s (${fixed(cpu / articles, 3)} ms/article), wall ${fixed(wall / 1000, 2)} s, `
    + `load average ${loadavg()[0]!.toFixed(2)}`);
  console.log('');
  const width = Math.max(...parts.map((t) => t.name.length));
  console.log(`${'stage'.padEnd(width)}  ${'wall ms'.padStart(9)}  ${'ms/article'.padStart(10)}  ${'share'.padStart(6)}`);
  for (const t of parts) {
    console.log(`${t.name.padEnd(width)}  ${fixed(t.ms, 0).padStart(9)}  ${fixed(t.ms / articles, 3).padStart(10)}  `
      + `${`${fixed((100 * t.ms) / wall, 1)}%`.padStart(6)}`);
  }
  console.log('');
  console.log('detail: node --cpu-prof --cpu-prof-dir=tmp/prof --import tsx scripts/bench/profile.ts '
    + '(open the .cpuprofile in Chrome DevTools or speedscope)');
}

await main();
