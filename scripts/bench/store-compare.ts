/**
 * `npm run bench -- store-compare DIR DIR...`: the cost of a batch's commits with two or more builds, measured in one
 * process, interleaved, as `compare` does for coding. The VOA stories are coded once (with the first build); then
 * each group of `COMMIT_EVERY` articles is committed to one fresh store per build, in turn (every other group in
 * reverse order), and only the main thread's CPU time of the commits is summed. The stores grow side by side, so
 * every build meets the same database sizes. Two copies of one build differ by up to 5% over 6,000 articles on a
 * loaded machine: run it both ways round. Each build must export `codedOutcome` (from `batch/`; builds from this
 * version on).
 *
 * @example npm run bench -- store-compare dist-before dist --articles 8000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CodedOutcome } from '../../src/store/index.js';
import type { CommitLibrary, Library } from './library.js';
import { loadBuild, loadCommitParts } from './library.js';
import { articleAt, loadCorpus } from './corpus.js';
import { threadCpuMs } from './measure.js';
import { comparisonLines, int } from './report.js';

const USAGE = `usage: npm run bench -- store-compare DIR DIR... [--articles N]
  DIR            a compiled build inside the repository (dist, or a saved copy of it)
  --articles N   coded VOA stories (repeated) committed to each build's store (default 6000)`;

/** A build with what it needs to commit: its store and the parts a batch builds each commit from. */
interface StoreBuild extends CommitLibrary {
  dir: string;
  library: Library;
}

async function loadStoreBuild(dir: string): Promise<StoreBuild> {
  const [library, parts] = await Promise.all([loadBuild(dir), loadCommitParts(dir)]);
  return { dir, library, ...parts };
}

/** Run the comparison with the arguments after `store-compare`. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, options: { articles: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const count = Number(values.articles ?? 6000);
  if (values.help || positionals.length < 2 || !Number.isInteger(count) || count < 1) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const builds = await Promise.all(positionals.map(loadStoreBuild));
  const group = builds[0]!.COMMIT_EVERY;
  const corpus = loadCorpus();
  // Each story coded once; its copies differ by article and event ids only, as the bench's repeated stories do.
  const coder = builds[0]!.library.createCoder();
  const stories = corpus.stories.map((_, i) => coder.code(articleAt(corpus, i).article));
  const outcomes = (build: StoreBuild, from: number, to: number): CodedOutcome[] => {
    const out: CodedOutcome[] = [];
    for (let i = from; i < to; i++) {
      const copy = Math.floor(i / stories.length);
      const { doc, records: original } = stories[i % stories.length]!;
      const article = { ...doc.article, id: `${doc.article.id}#${copy}` };
      const records = original.map((r) => ({ ...r, id: `${r.id}#${copy}`, article: { ...r.article, id: article.id } }));
      out.push(build.codedOutcome(article, { records, messages: doc.messages }, build.textHash(article.text), null));
    }
    return out;
  };

  const dir = mkdtempSync(join(tmpdir(), 'annals-store-compare-'));
  try {
    const stores = builds.map((build, k) => build.library.openSqliteStore(join(dir, `store-${k}.db`)));
    const cpuMs = builds.map(() => 0);
    console.log(`annals store-compare: ${positionals.join(', ')}; ${int(count)} articles in groups of ${group}, committed to one store per build in turn`);
    for (let from = 0, g = 0; from < count; from += group, g++) {
      const order = builds.map((_, k) => k);
      if (g % 2 === 1) order.reverse();
      for (const k of order) {
        const batch = outcomes(builds[k]!, from, Math.min(count, from + group));
        const start = threadCpuMs();
        stores[k]!.commit(batch);
        cpuMs[k]! += threadCpuMs() - start;
      }
    }
    const events = stores.map((store) => store.counts().events);
    stores.forEach((store) => store.close());
    const lines = comparisonLines(positionals, cpuMs.map((ms) => ms / count), undefined, (k) => `, ${int(events[k]!)} events stored`);
    for (const line of lines) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
