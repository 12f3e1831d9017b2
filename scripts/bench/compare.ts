/**
 * `npm run bench -- compare DIR...`: the coding cost of two or more builds, measured in one process, interleaved.
 * This machine's speed drifts by 10-20% over a minute (other virtual machines share it), so two runs one after the
 * other cannot show a change of a few per cent; here each build codes the same 300 VOA stories in turn, round after
 * round (every other round in reverse order), and only the main thread's CPU time is summed, as the one-core bench
 * times it. Each DIR is a compiled build inside the repository (`dist`, or a copy of an earlier `dist/` such as
 * `dist-before`, so that its imports and data paths resolve). Two copies of one build differ by up to 3.5% in 10
 * rounds on a loaded machine, under 1% in 20.
 *
 * @example git worktree add /tmp/before main && (cd /tmp/before && npm ci) && cp -r /tmp/before/dist dist-before
 *          npm run bench -- compare dist-before dist
 */
import { parseArgs } from 'node:util';
import { loadBuild } from './library.js';
import { articleAt, loadCorpus } from './corpus.js';
import { threadCpuMs } from './measure.js';
import { comparisonLines } from './report.js';

const USAGE = `usage: npm run bench -- compare DIR DIR... [--rounds N] [--articles N]
  DIR            a compiled build inside the repository (dist, or a saved copy of it)
  --rounds N     rounds timed, after two untimed ones (default 10)
  --articles N   VOA stories (repeated) each build codes per round (default 300)`;

/** Run the comparison with the arguments after `compare`. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { rounds: { type: 'string' }, articles: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const rounds = Number(values.rounds ?? 10);
  const count = Number(values.articles ?? 300);
  if (values.help || positionals.length < 2 || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(count) || count < 1) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const libraries = await Promise.all(positionals.map(async (dir) => {
    try {
      return await loadBuild(dir);
    } catch (error) {
      throw new Error(`cannot load the build in ${dir}/ (build it first: npx tsc -p tsconfig.build.json): ${(error as Error).message}`);
    }
  }));
  // As `annals` runs: the old generation's growth capped (src/batch/heap.ts). V8 flags are per process: one call.
  libraries.find((library) => typeof library.limitHeapGrowth === 'function')?.limitHeapGrowth();
  const coders = libraries.map((library) => library.createCoder());
  const corpus = loadCorpus();
  const articles = Array.from({ length: count }, (_, i) => articleAt(corpus, i).article);
  const cpuMs = positionals.map(() => 0);
  console.log(`annals compare: ${positionals.join(', ')}; ${count} articles per build per round, ${rounds} rounds timed after 2`);
  for (let round = 0; round < rounds + 2; round++) {
    // Every other round in reverse order: a build coding right after another pays for some of its garbage.
    const order = coders.map((_, k) => k);
    if (round % 2 === 1) order.reverse();
    for (const k of order) {
      const start = threadCpuMs();
      for (const article of articles) coders[k]!.code(article);
      if (round >= 2) cpuMs[k]! += threadCpuMs() - start;
    }
  }
  for (const line of comparisonLines(positionals, cpuMs.map((ms) => ms / (rounds * count)))) console.log(line);
}
