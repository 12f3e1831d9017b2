/**
 * `npm run bench -- dictionaries`: what the actor dictionaries cost and hold. Loading and compiling them in fresh
 * processes (time, RSS and heap), what they count (countries, regions, people with roles, organisations, alias
 * strings), and the actors stage alone on the VOA corpus (tokens made once, the stage run again and again).
 *
 * @example npm run bench -- dictionaries --rounds 5 --json tmp/dictionaries-bench.json
 * @example npm run bench -- dictionaries --dict my-dictionaries/
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actors, dictionaryCounts, loadActors } from '../../src/actors/index.js';
import type { DictionaryCounts } from '../../src/actors/index.js';
import { createDocument, type AnnalsDocument } from '../../src/model/index.js';
import { createAnalyzer } from '../../src/nlp/index.js';
import { loadCorpus } from './corpus.js';
import { check, fixed, int, mb, targetLines } from './report.js';

const TARGETS = { loadMs: 500, loadMB: 100 };

/** What one fresh process measured loading every dictionary. */
interface LoadFigures {
  ms: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  problems: number;
  counts: DictionaryCounts;
}

/** In a child process: load and compile the dictionaries once and print what it took. */
function childLoad(dicts: string[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  const { dictionary, compiled } = loadActors(dicts);
  const ms = performance.now() - start;
  gc?.();
  const after = process.memoryUsage();
  const figures: LoadFigures = {
    ms, rssBeforeMB: mb(before.rss), rssAfterMB: mb(after.rss), heapBeforeMB: mb(before.heapUsed), heapAfterMB: mb(after.heapUsed),
    problems: dictionary.problems.length, counts: dictionaryCounts(dictionary, compiled),
  };
  console.log(JSON.stringify(figures));
}

function loadInChild(dicts: string[]): LoadFigures {
  const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child-load', ...dicts.flatMap((d) => ['--dict', d])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`dictionary load failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as LoadFigures;
}

/** The actors stage alone: ms per article over `rounds` passes on the VOA stories, tokens made once. */
function stageTimes(dicts: string[], rounds: number): { perArticle: number[]; articles: number } {
  const corpus = loadCorpus();
  const analyzer = createAnalyzer();
  const docs: AnnalsDocument[] = corpus.stories.map((article) => {
    const doc = createDocument(article);
    const { tokens, sentences } = analyzer.analyze(article.text);
    Object.assign(doc, { tokens, sentences });
    return doc;
  });
  const stage = actors(loadActors(dicts).compiled);
  const pass = () => {
    const start = performance.now();
    for (let k = 0; k < 10; k++) for (const doc of docs) stage.run(doc);
    return (performance.now() - start) / (10 * docs.length);
  };
  pass();
  return { perArticle: Array.from({ length: rounds }, pass), articles: docs.length };
}

/** The dictionary benchmark; `argv` after `dictionaries`. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv, options: { rounds: { type: 'string' }, json: { type: 'string' }, dict: { type: 'string', multiple: true }, 'child-load': { type: 'boolean' } },
  });
  const dicts = values.dict ?? [];
  if (values['child-load']) return childLoad(dicts);
  const rounds = Number(values.rounds ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number above 0');
  const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`annals dictionary bench: load and compile in ${rounds} fresh processes, then the actors stage alone; load average ${load()}`);
  if (dicts.length > 0) console.log(`with extra dictionaries: ${dicts.join(', ')}`);

  const loads = Array.from({ length: rounds }, () => loadInChild(dicts));
  const median = [...loads].sort((a, b) => a.ms - b.ms)[Math.floor(rounds / 2)]!;
  const rss = median.rssAfterMB - median.rssBeforeMB;
  const heap = median.heapAfterMB - median.heapBeforeMB;
  console.log(`load + compile (median of ${rounds}): ${fixed(median.ms, 0)} ms (${loads.map((l) => fixed(l.ms, 0)).join(', ')}); `
    + `RSS +${fixed(rss, 1)} MB (${fixed(median.rssBeforeMB, 1)} -> ${fixed(median.rssAfterMB, 1)}), heap +${fixed(heap, 1)} MB after GC; `
    + `${median.problems} broken entries`);
  const c = median.counts;
  console.log(`counts: ${int(c.countries)} countries and territories, ${int(c.regions)} regions, ${int(c.people)} people `
    + `(${int(c.peopleWithDatedRoles)} with dated roles), ${int(c.organizations)} organisations, ${int(c.roles)} roles, `
    + `${int(c.aliasStrings)} alias strings, ${int(c.agentWords)} sector words, ${int(c.matcherKeys)} matcher keys`);

  const stage = stageTimes(dicts, rounds);
  const sorted = [...stage.perArticle].sort((a, b) => a - b);
  console.log(`actors stage alone, ${stage.articles} VOA stories x 10 per pass: median ${fixed(sorted[Math.floor(rounds / 2)]!, 3)} ms/article, `
    + `best ${fixed(sorted[0]!, 3)} (${stage.perArticle.map((x) => fixed(x, 3)).join(', ')}); load average ${load()} at end`);

  const targets = [check('dictionary load', median.ms, '<=', TARGETS.loadMs, 'ms'), check('dictionary load RSS', rss, '<=', TARGETS.loadMB, 'MB')];
  console.log('');
  console.log('targets');
  for (const line of targetLines(targets)) console.log(line);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), dictionaries: dicts, loads, stage, targets }, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  }
}

// Run as a script (the child process of the load measurement, or `npx tsx scripts/bench/dictionaries.ts`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
