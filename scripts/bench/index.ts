/**
 * `npm run bench`: code the VOA stories repeated to N articles on one core and print the throughput of
 * nlp alone, of coding, and of coding with SQLite storage (one transaction per article through `Store.save`, and
 * groups through `commit`, as `annals code` writes), with start-up time, memory and the targets. It measures
 * the compiled library that `annals` runs, rebuilt from `src/` first (`library.ts`).
 *
 * @example npm run bench -- --articles 2000 --json tmp/bench.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article, Coder } from '../../src/index.js';
import type { CodedOutcome } from '../../src/store/index.js';
import { REPO_DATA_DIR, folderSize, loadCorpus } from './corpus.js';
import type { Corpus } from './corpus.js';
import { buildLibrary, loadCommitParts, loadLibrary } from './library.js';
import type { Library } from './library.js';
import { maxRssBytes, runPass, sampleRss } from './measure.js';
import type { Work } from './measure.js';
import { check, fixed, int, mb, passFigures, passTable, targetLines } from './report.js';
import type { PassFigures } from './report.js';

const WARMUP = 200;
const TARGETS = { codingMBps: 1.0, sqliteMBps: 0.6, peakRssMB: 400 };

const USAGE = `usage: npm run bench -- [--articles N] [--json FILE] [--one-core]
  --articles N   articles to code per pass, the 89 VOA stories repeated (default 10000)
  --json FILE    also write the figures as JSON to FILE
  --one-core     only the one-core passes: leave out the all-cores pass (npm run bench -- throughput runs it alone)
                 and the PostgreSQL workers`;

function options(): { articles: number; json: string | null; oneCore: boolean; workersArticles: number } {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' }, json: { type: 'string' }, 'one-core': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const articles = Number(values.articles ?? 10_000);
  if (!Number.isInteger(articles) || articles < 1) {
    throw new Error(`--articles must be a whole number above 0, got '${values.articles}'\n${USAGE}`);
  }
  // Checked here, not after the passes it follows: 0 leaves the PostgreSQL workers pass out, as --one-core does.
  const workersArticles = Number(process.env.ANNALS_BENCH_WORKERS_ARTICLES || 500);
  if (!Number.isInteger(workersArticles) || workersArticles < 0) {
    throw new Error(`ANNALS_BENCH_WORKERS_ARTICLES must be a whole number, 0 to leave the workers pass out, got '${process.env.ANNALS_BENCH_WORKERS_ARTICLES}'`);
  }
  return { articles, json: values.json ?? null, oneCore: values['one-core'] ?? false, workersArticles };
}

/** What the SQLite pass left in the store, checked after timing. */
interface Stored {
  articles: number;
  events: number;
  actors: number;
  wal: boolean;
  fileMB: number;
}

const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');

const codeWork = (coder: Coder) => (article: Article): Work => {
  const { doc, records } = coder.code(article);
  return { sentences: doc.sentences.length, events: records.length };
};

async function nlpPass(corpus: Corpus, count: number, coder: Coder, { createDocument }: Library): Promise<PassFigures> {
  // The coder's own nlp stage (wink-nlp and the dateline), not a second copy of the model: the floor under coding.
  const nlp = coder.pipeline.stages.find((stage) => stage.name === 'nlp')!;
  const work = (article: Article): Work => {
    const doc = createDocument(article);
    nlp.run(doc);
    return { sentences: doc.sentences.length, events: 0 };
  };
  await runPass(corpus, WARMUP, work, 'warm');
  return passFigures('nlp only', await runPass(corpus, count, work), false);
}

async function codingPass(corpus: Corpus, count: number, coder: Coder): Promise<PassFigures> {
  await runPass(corpus, WARMUP, codeWork(coder), 'warm');
  return passFigures('coding', await runPass(corpus, count, codeWork(coder)), true);
}

/**
 * How the SQLite pass writes: `save`, one transaction per article (the library's `Store.save`), or `commit`, what
 * `annals code` does: groups of `COMMIT_EVERY` articles per transaction, each with its text hash, cluster slots and
 * ingest log.
 */
type WriteMode = 'save' | 'commit';

async function sqlitePass(
  corpus: Corpus, count: number, coder: Coder, { openSqliteStore }: Library, mode: WriteMode,
): Promise<{ pass: PassFigures; stored: Stored }> {
  const dir = mkdtempSync(join(tmpdir(), 'annals-bench-'));
  const { textHash, codedOutcome, COMMIT_EVERY } = await loadCommitParts();
  try {
    const writing = (store: ReturnType<typeof openSqliteStore>, articles: number) => {
      const group: CodedOutcome[] = [];
      let done = 0;
      return (article: Article): Work => {
        const { doc, records } = coder.code(article);
        if (mode === 'save') store.save(doc, records);
        else {
          group.push(codedOutcome(article, { records, messages: doc.messages }, textHash(article.text), null));
          // The last group is committed inside the timed pass too.
          if (group.length === COMMIT_EVERY || done + 1 === articles) store.commit(group.splice(0));
        }
        done++;
        return { sentences: doc.sentences.length, events: records.length };
      };
    };
    // Warm up on a throwaway database so the timed one starts empty.
    const warm = openSqliteStore(join(dir, 'warm.db'));
    await runPass(corpus, WARMUP, writing(warm, WARMUP), 'warm');
    warm.close();

    const path = join(dir, 'bench.db');
    const store = openSqliteStore(path);
    const totals = await runPass(corpus, count, writing(store, count));
    const counts = store.counts();
    const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    const stored: Stored = {
      ...counts, wal: existsSync(`${path}-wal`), fileMB: mb(size(path) + size(`${path}-wal`)),
    };
    store.close();
    const name = mode === 'save' ? 'coding + SQLite, save each' : `coding + SQLite, commit ${COMMIT_EVERY}`;
    return { pass: passFigures(name, totals, true), stored };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // `npm run bench -- api`: the HTTP API over 1,000,000 synthetic events (scripts/bench/api.ts).
  if (process.argv[2] === 'api') return (await import('./api.js')).main(process.argv.slice(3));
  // `npm run bench -- store`: SQLite writes alone, on articles coded beforehand (scripts/bench/store.ts).
  if (process.argv[2] === 'throughput') return (await import('./throughput.js')).main(process.argv.slice(3));
  if (process.argv[2] === 'store') return (await import('./store.js')).main(process.argv.slice(3));
  if (process.argv[2] === 'gazetteer') return (await import('./gazetteer.js')).main(process.argv.slice(3));
  // `npm run bench -- postgres`: the PostgreSQL store against SQLite, 100,000 synthetic events (scripts/bench/postgres.ts).
  if (process.argv[2] === 'postgres') return (await import('./postgres.js')).main(process.argv.slice(3));
  // `npm run bench -- pairs`: the top pairs of the PostgreSQL store over millions of pairs (scripts/bench/postgres-pairs.ts).
  if (process.argv[2] === 'pairs') return (await import('./postgres-pairs.js')).main(process.argv.slice(3));
  if (process.argv[2] === 'dictionaries') return (await import('./dictionaries.js')).main(process.argv.slice(3));
  if (process.argv[2] === 'workers') return (await import('./workers.js')).main(process.argv.slice(3));
  // `npm run bench -- compare DIR DIR`: two builds' coding cost, interleaved in one process (scripts/bench/compare.ts).
  if (process.argv[2] === 'compare') return (await import('./compare.js')).main(process.argv.slice(3));
  // `npm run bench -- store-compare DIR DIR`: two builds' commit cost, interleaved in one process (scripts/bench/store-compare.ts).
  if (process.argv[2] === 'store-compare') return (await import('./store-compare.js')).main(process.argv.slice(3));
  const { articles, json, oneCore, workersArticles } = options();
  const buildStart = performance.now();
  buildLibrary();
  const buildMs = performance.now() - buildStart;
  const library = await loadLibrary();
  // As `annals` runs: the old generation grows to 1.5 times what the last full collection kept (batch/heap.ts).
  library.limitHeapGrowth();
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./prepare.ts', import.meta.url))], { stdio: 'inherit' });
  const sampler = sampleRss(50);
  const corpus = loadCorpus();
  const corpusMB = mb(corpus.bytes.reduce((a, b) => a + b, 0));
  const data = { actors: folderSize(join(REPO_DATA_DIR, 'actors')), lexicon: folderSize(join(REPO_DATA_DIR, 'lexicon')) };

  const t0 = performance.now();
  const coder = library.createCoder();
  const startupMs = performance.now() - t0;
  // performance.now() counts from process start: Node, tsx, module imports (the wink model) and createCoder; not the build.
  const readyMs = performance.now() - buildMs;
  const afterStartup = process.memoryUsage();

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`annals bench: ${int(articles)} articles per pass (${corpus.stories.length} VOA stories repeated), `
    + `one core (main thread), warm-up ${WARMUP} articles before each pass, the compiled dist/ as \`annals\` runs it`);
  console.log(`Node ${process.version} ${platform()}-${arch()}, ${cpu}, ${cpus().length} cores, `
    + `load average ${load()} at start (other processes share these cores); `
    + `heap growth ${library.HEAP_GROWING_PERCENT}% between full collections, as \`annals\` sets it`);
  console.log(`corpus: ${corpus.path} (${corpus.stories.length} stories, ${fixed(corpusMB, 3)} MB of text)`);
  console.log(`data: actors ${data.actors.files} files (${int(data.actors.bytes)} bytes), `
    + `lexicon ${data.lexicon.files} files (${int(data.lexicon.bytes)} bytes)`
    + `${coder.problems.length ? `, ${coder.problems.length} load problems` : ''}`);
  if (data.actors.files === 0 || data.lexicon.files === 0) {
    console.log('  note: actor dictionaries or lexicon are empty: coding finds few or no events; figures will change');
  }
  console.log(`start-up: createCoder ${fixed(startupMs, 0)} ms (model, dictionaries, lexicon); `
    + `ready ${fixed(readyMs, 0)} ms after process start`);
  console.log(`after start-up: heap used ${fixed(mb(afterStartup.heapUsed), 1)} MB `
    + `(heap total ${fixed(mb(afterStartup.heapTotal), 1)} MB), RSS ${fixed(mb(afterStartup.rss), 1)} MB`);
  console.log('');

  const passes = [await nlpPass(corpus, articles, coder, library), await codingPass(corpus, articles, coder)];
  // Both ways of writing: the library's save per article, and the groups `annals code` commits.
  const written = [await sqlitePass(corpus, articles, coder, library, 'save'), await sqlitePass(corpus, articles, coder, library, 'commit')];
  passes.push(...written.map((w) => w.pass));
  // The whole pipeline on every core, 100,000 articles into SQLite, in a child process (scripts/bench/throughput.ts).
  const allCores = oneCore ? null : await (await import('./throughput.js')).allCoresPass();
  if (allCores) passes.push(allCores.pass);
  for (const line of passTable(passes)) console.log(line);
  for (const line of allCores?.lines ?? []) console.log(line);

  console.log('');
  let storedOk = true;
  for (const { pass, stored } of written) {
    const expectedEvents = pass.events ?? 0;
    const ok = stored.articles === articles && stored.events === expectedEvents;
    storedOk &&= ok;
    console.log(`stored (${pass.name}): ${int(stored.articles)} articles (expected ${int(articles)}), ${int(stored.events)} `
      + `events (expected ${int(expectedEvents)}), ${int(stored.actors)} actors; journal ${stored.wal ? 'WAL' : 'not WAL'}, `
      + `${fixed(stored.fileMB, 1)} MB on disk  ${ok ? 'OK' : 'MISMATCH'}`);
  }

  console.log(`load average ${load()} at end`);
  const sampled = sampler.peak();
  sampler.stop();
  const maxRss = maxRssBytes();
  const peak = Math.max(sampled, maxRss);
  console.log(`peak RSS: ${fixed(mb(peak), 1)} MB (sampled every 50 ms ${fixed(mb(sampled), 1)} MB, `
    + `resourceUsage maxRSS ${fixed(mb(maxRss), 1)} MB); MB = 10^6 bytes`);

  const coding = passes[1]!;
  const targets = [
    check('coding alone', coding.mbPerSecond, '>=', TARGETS.codingMBps, 'MB/s'),
    ...written.map(({ pass }) => check(pass.name, pass.mbPerSecond, '>=', TARGETS.sqliteMBps, 'MB/s')),
    check('peak RSS', mb(peak), '<=', TARGETS.peakRssMB, 'MB'),
  ];
  console.log('');
  console.log('targets');
  for (const line of targetLines(targets)) console.log(line);

  if (json != null) {
    const figures = {
      date: new Date().toISOString(), node: process.version, platform: `${platform()}-${arch()}`, cpu,
      cores: cpus().length, loadAverageAtEnd: loadavg(),
      articles, warmup: WARMUP, corpus: { path: corpus.path, stories: corpus.stories.length, textMB: corpusMB },
      data, loadProblems: coder.problems.length,
      startup: {
        createCoderMs: startupMs, readyMs,
        heapUsedMB: mb(afterStartup.heapUsed), heapTotalMB: mb(afterStartup.heapTotal), rssMB: mb(afterStartup.rss),
      },
      passes, stored: written.map((w) => w.stored), storedOk,
      memory: { peakRssMB: mb(peak), sampledPeakRssMB: mb(sampled), maxRssMB: mb(maxRss) },
      targets,
    };
    writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nfigures written to ${json}`);
  }
  // The queue's workers on PostgreSQL, one process then two (scripts/bench/workers.ts); says so when it cannot run.
  if (oneCore || workersArticles === 0) {
    if (!storedOk) process.exitCode = 1;
    return;
  }
  const workers = await (await import('./workers.js')).workersPass(workersArticles);
  console.log('');
  for (const line of workers.lines) console.log(line);
  if (!storedOk || !workers.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
