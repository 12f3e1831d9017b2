/**
 * `npm run bench -- store`: the cost of storing coded articles in SQLite, without the cost of coding them. The VOA
 * stories are coded once (untimed); then only the store's writes are timed, on fresh databases: one article per
 * `Store.save` (as `npm run bench` saves) and groups of articles per `commit` (as a batch commits them).
 *
 * @example npm run bench -- store --articles 2000
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnalsDocument, EventRecord } from '../../src/index.js';
import { articleAt, loadCorpus } from './corpus.js';
import { buildLibrary, loadCommitParts, loadLibrary } from './library.js';
import { fixed, int } from './report.js';

const USAGE = `usage: npm run bench -- store [--articles N] [--group N]
  --articles N   coded articles to store per pass, the VOA stories repeated (default 2000)
  --group N      articles per commit in the grouped pass (default: what a batch commits, COMMIT_EVERY)`;

function options(argv: string[]): { articles: number; group: number | null } {
  const { values } = parseArgs({
    args: argv,
    options: { articles: { type: 'string' }, group: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const articles = Number(values.articles ?? 2000);
  const group = values.group == null ? null : Number(values.group);
  if (!Number.isInteger(articles) || articles < 1 || (group != null && (!Number.isInteger(group) || group < 1))) {
    throw new Error(`bad --articles or --group\n${USAGE}`);
  }
  return { articles, group };
}

interface Coded {
  doc: AnnalsDocument;
  records: EventRecord[];
}

/** Bytes this process has written so far (Linux `/proc/self/io`: WAL, database and checkpoints); null elsewhere. */
function bytesWritten(): number | null {
  try {
    const match = /^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

interface Timing {
  wallMs: number;
  cpuMs: number;
  writtenMB: number | null;
}

/** Wall and CPU milliseconds of `work` (CPU time is steadier than wall time on a shared machine), and MB written. */
function timed(work: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const written0 = bytesWritten();
  const t0 = performance.now();
  work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const written = bytesWritten();
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, writtenMB: written == null || written0 == null ? null : (written - written0) / 1e6 };
}

/** Run the store bench with command-line arguments (those after `store`). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { articles, group: asked } = options(argv);
  // The compiled store and coder that `annals` runs (library.ts).
  buildLibrary();
  const [{ createCoder, openSqliteStore }, { textHash, codedOutcome, COMMIT_EVERY }] = await Promise.all([loadLibrary(), loadCommitParts()]);
  const group = asked ?? COMMIT_EVERY;
  const corpus = loadCorpus();
  const coder = createCoder();
  const coded: Coded[] = [];
  const warm: Coded[] = [];
  for (let i = 0; i < articles + 200; i++) {
    const { doc, records } = coder.code(articleAt(corpus, i, i < 200 ? 'warm' : '').article);
    (i < 200 ? warm : coded).push({ doc, records });
  }
  const events = coded.reduce((n, c) => n + c.records.length, 0);
  console.log(`annals store bench: ${int(articles)} coded VOA articles (${int(events)} events, `
    + `${fixed(events / articles, 1)} per article), only the writes timed, fresh database per pass`);
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, `
    + `load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'annals-store-bench-'));
  try {
    const warmStore = openSqliteStore(join(dir, 'warm.db'));
    for (const { doc, records } of warm) warmStore.save(doc, records);
    warmStore.close();

    const single = openSqliteStore(join(dir, 'single.db'));
    const one = timed(() => {
      for (const { doc, records } of coded) single.save(doc, records);
    });
    // The same articles re-saved with every other event dropped: a recode replaces events and their rollups.
    const recoded = coded.map(({ doc, records }) => {
      const kept = records.filter((_, i) => i % 2 === 0);
      return { doc: { ...doc, events: doc.events.filter((_, i) => i % 2 === 0) }, records: kept };
    });
    const again = timed(() => {
      for (const { doc, records } of recoded) single.save(doc, records);
    });
    single.close();

    const grouped = openSqliteStore(join(dir, 'grouped.db'));
    // What a batch commits, built before the timing starts, as a batch builds it before its commit.
    const outcomes = coded.map(({ doc, records }) => codedOutcome(doc.article, { records, messages: doc.messages }, textHash(doc.article.text), null));
    const groups = timed(() => {
      for (let i = 0; i < outcomes.length; i += group) grouped.commit(outcomes.slice(i, i + group));
    });
    grouped.close();

    const line = (name: string, t: Timing): string =>
      `${name.padEnd(38)} ${fixed(t.wallMs / articles, 3).padStart(7)} ms/article wall  `
      + `${fixed(t.cpuMs / articles, 3).padStart(7)} ms/article CPU`
      + (t.writtenMB == null ? '' : `  ${int(t.writtenMB).padStart(6)} MB written`);
    console.log('');
    console.log(line('save, one article per transaction', one));
    console.log(line('re-save with half the events', again));
    console.log(line(`commit, ${group} articles per transaction`, groups));
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
