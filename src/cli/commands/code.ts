import { createCoder } from '../../coder/index.js';
import { formatter, OUTPUT_FORMATS, type OutputFormat } from '../../format/index.js';
import { readInputs } from '../../ingest/index.js';
import { openSqliteStore, type Store } from '../../store/index.js';
import { choiceOption, dateOption, parse, UsageError } from '../args.js';
import { openOutput, warn } from '../io.js';

export const CODE_HELP = `Usage: annals code <input...> [options]

Code news articles into event records and store them.

Inputs: .txt files, .json records (one or an array), .jsonl/.ndjson (one record per line), or - for standard input.
Records have id, url, title, published, source, text.

Options:
  --published DATE   publication date (YYYY-MM-DD) for inputs that have none
  --db FILE          SQLite database to store into (default: annals.db)
  --no-db            do not store, only print
  --format FORMAT    jsonl (default), csv, plover, gdelt
  --out FILE         write records to FILE instead of standard output
  --dict DIR         extra actor dictionaries, merged over the built-in ones (repeatable)
  --max-bytes N      largest article text accepted, in bytes (default 10 MiB)
  --quiet            print no records (store only)
  -h, --help         this help

Exit status: 0 when every input was coded, 1 when some failed (each named on stderr), 2 on a usage error.

Examples:
  annals code examples/*.json
  annals code news.jsonl --format csv --out events.csv
  cat story.txt | annals code - --published 2026-01-26 --no-db`;


/** `annals code`: read, code, store and print. Resolves to the exit code. */
export async function codeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    published: { type: 'string' }, db: { type: 'string' }, 'no-db': { type: 'boolean' }, format: { type: 'string' },
    out: { type: 'string' }, dict: { type: 'string', multiple: true }, 'max-bytes': { type: 'string' }, quiet: { type: 'boolean' },
  });
  if (values.help) {
    console.log(CODE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals code needs at least one input (a file, or - for standard input)');
  const published = dateOption(values.published, 'published');
  const format = choiceOption(values.format, 'format', OUTPUT_FORMATS, 'jsonl') as OutputFormat;
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError('--max-bytes must be a positive whole number');

  const coder = createCoder({ dictionaries: values.dict ?? [] });
  for (const problem of coder.problems) warn(`annals: ${problem.reason}`);
  const store: Store | null = values['no-db'] ? null : openSqliteStore(values.db ?? 'annals.db');
  const output = openOutput(values.out);
  const fmt = formatter(format);
  if (!values.quiet) output.write(fmt.header());
  let failed = 0;
  let articles = 0;
  let events = 0;
  try {
    for await (const item of readInputs(positionals, { ...(published ? { published } : {}), ...(maxBytes ? { maxBytes } : {}) })) {
      if (!item.ok) {
        failed++;
        warn(`annals: ${item.origin}: ${item.reason}`);
        continue;
      }
      try {
        const { doc, records } = coder.code(item.article);
        for (const m of doc.messages) if (m.severity !== 'info') warn(`annals: ${m.reason}`);
        store?.save(doc, records);
        if (!values.quiet) for (const r of records) output.write(fmt.record(r));
        articles++;
        events += records.length;
      } catch (error) {
        failed++;
        warn(`annals: ${item.article.origin}: could not be coded: ${(error as Error).message}`);
      }
    }
    if (!values.quiet) output.write(fmt.footer());
  } finally {
    await output.close();
    store?.close();
  }
  warn(`annals: coded ${articles} article${articles === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}${store ? ` into ${values.db ?? 'annals.db'}` : ''}`);
  return failed > 0 ? 1 : 0;
}
