import { createPool, createProgress, runBatch } from '../../batch/index.js';
import type { ArticleResult, Progress } from '../../batch/index.js';
import { gdeltFormatter } from '../../format/gdelt.js';
import { formatter, OUTPUT_FORMATS, type OutputFormat } from '../../format/index.js';
import { inputSize } from '../../ingest/index.js';
import { describeLocation, type Store } from '../../store/index.js';
import { choiceOption, dateOption, parse, UsageError } from '../args.js';
import { openOutput, warn } from '../io.js';
import { openDatabase } from './database.js';
import { BATCH_HELP, BATCH_OPTIONS, batchOptions, describeSummary, reportProblems, stopOnInterrupt } from './batch-options.js';

export const CODE_HELP = `Usage: annals code <input...> [options]

Code news articles into event records and store them.

Inputs: .txt files, .json records (one or an array), .jsonl/.ndjson (one record per line, streamed, any size),
.html pages, .rss/.atom/.xml feeds, any of these gzipped (.gz), directories (walked for those), URLs of pages,
feeds or record files, .urls lists (one input a line), or - for standard input.
Records have id, url, title, published, source, text.

An article is known by its id: its normalised URL, else a hash of its text. One the database already has with
the same text is skipped, so a batch stopped or killed at any point goes on where it stopped when run again.
A near-copy of an earlier article (the same wire story syndicated) is linked to the first copy, not coded again.

Options:
  --published DATE   publication date (YYYY-MM-DD) for inputs that have none
  --no-db            do not store, only print
  --recode           code again articles the database already has (after changing dictionaries)
  --format FORMAT    jsonl (default), csv, plover, gdelt, geojson (a FeatureCollection of the events with a place)
  --out FILE         write records to FILE instead of standard output
  --quiet            print no records (store only)
${BATCH_HELP}
  -h, --help         this help

Progress goes to standard error: a bar on a terminal, a line every 10 seconds otherwise.
Exit status: 0 when every input was coded, 1 when some failed (each named on stderr), 2 on a usage error,
130 when stopped with Ctrl-C (what was read is stored).

Examples:
  annals code examples/*.json
  annals code news/ --db news.db --quiet
  annals code news.jsonl.gz --format csv --out events.csv
  annals code https://example.org/feed.xml --follow
  cat story.txt | annals code - --published 2026-01-26 --no-db`;

/** `annals code`: read, code, store and print. Resolves to the exit code. */
export async function codeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...BATCH_OPTIONS, published: { type: 'string' }, 'no-db': { type: 'boolean' }, recode: { type: 'boolean' },
    format: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' },
  });
  if (values.help) {
    console.log(CODE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals code needs at least one input (a file, a directory, a URL, or - for standard input)');
  const published = dateOption(values.published, 'published');
  const format = choiceOption(values.format, 'format', OUTPUT_FORMATS, 'jsonl') as OutputFormat;
  const batch = batchOptions(values);

  const db = values.db ?? 'annals.db';
  const store: Store | null = values['no-db'] ? null : await openDatabase(db);
  if (store == null && !values['no-db']) return 1;
  const output = openOutput(values.out);
  let counts = new Map<string, { mentions: number; sources: number; articles: number }>();
  const fmt = format === 'gdelt' ? gdeltFormatter((r) => counts.get(r.id)) : formatter(format);
  const progress: Progress | null = batch.progress
    ? createProgress({ write: (text) => process.stderr.write(text), tty: process.stderr.isTTY === true, total: await inputSize(positionals) })
    : null;
  const interrupt = stopOnInterrupt('stopping after the articles being coded');
  const pool = await createPool({ workers: batch.workers, coder: { dictionaries: values.dict ?? [] } }).catch(async (error: unknown) => {
    await store?.close();
    throw error;
  });
  for (const problem of pool.problems) warn(`annals: ${problem.reason}`);

  const onResult = async (result: ArticleResult): Promise<void> => {
    reportProblems(result, progress);
    if (result.kind !== 'coded' || values.quiet) return;
    if (format === 'gdelt' && store != null) counts = await store.clusterCounts(result.records.map((r) => r.id));
    for (const r of result.records) output.write(fmt.record(r));
  };
  if (!values.quiet) output.write(fmt.header());
  try {
    const summary = await runBatch(positionals, {
      store, pool, dedupe: batch.dedupe, recode: values.recode === true, signal: interrupt.signal, onResult,
      onProgress: (p) => progress?.update(p),
      ingest: { ...(published ? { published } : {}), ...(batch.maxBytes ? { maxBytes: batch.maxBytes } : {}), follow: batch.follow, fetch: batch.fetch },
    });
    if (!values.quiet) output.write(fmt.footer());
    progress?.done();
    warn(`annals: ${describeSummary(summary)}${store ? ` into ${describeLocation(db)}` : ''}${summary.stopped ? ' (stopped)' : ''}`);
    if (summary.stopped) return 130;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    interrupt.release();
    await pool.close();
    await output.close();
    await store?.close();
  }
}
