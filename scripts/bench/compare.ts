/**
 * `npm run bench -- compare DIR...`: the coding cost of two or more builds, measured in one process, interleaved.
 * This machine's speed drifts by 10-20% over a minute (other virtual machines share it), so two runs one after the
 * other cannot show a change of a few per cent. Here the builds take turns article by article (the order turning
 * with each article), each call timed on the clock, so a drift falls on every build alike; blocks of 300 articles
 * per build, timed in CPU time, still differed by 3.4% between two copies of one build in 12 rounds. Each DIR is a
 * compiled build inside the repository (`dist`, or a copy of an earlier `dist/` such as `dist-before`, so that its
 * imports and data paths resolve). Each build has two coders, made in mirrored order, as the coder made first codes
 * a little slower. A build's garbage may be collected during another's turn, which narrows a difference in
 * allocation a little.
 *
 * @example git worktree add /tmp/before main && (cd /tmp/before && npm ci) && cp -r /tmp/before/dist dist-before
 *          npm run bench -- compare dist-before dist
 */
import { parseArgs } from 'node:util';
import { loadBuild } from './library.js';
import { articleAt, loadCorpus } from './corpus.js';
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
  // Two coders per build, made in mirrored order (A B, then B A): the coder made first codes a per cent or two slower
  // (seen with two copies of one build), and each build gets one of each place; rounds take the two sets in turn.
  const first = libraries.map((library) => library.createCoder());
  const second = [...libraries].reverse().map((library) => library.createCoder()).reverse();
  const sets = [first, second];
  const corpus = loadCorpus();
  const articles = Array.from({ length: count }, (_, i) => articleAt(corpus, i).article);
  const spentMs = positionals.map(() => 0);
  console.log(`annals compare: ${positionals.join(', ')}; ${count} articles per build per round, the builds taking turns by article, ${rounds} rounds timed after 2`);
  const forward = libraries.map((_, k) => k);
  const backward = [...forward].reverse();
  for (let round = 0; round < rounds + 2; round++) {
    const coders = sets[round % 2]!;
    articles.forEach((article, i) => {
      // The order turns with each article: a build coding right after another pays for some of its garbage.
      for (const k of (i + round) % 2 === 0 ? forward : backward) {
        const start = performance.now();
        coders[k]!.code(article);
        if (round >= 2) spentMs[k]! += performance.now() - start;
      }
    });
  }
  for (const line of comparisonLines(positionals, spentMs.map((ms) => ms / (rounds * count)), 'ms per article (wall, on the main thread)')) console.log(line);
}
