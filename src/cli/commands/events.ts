import { OUTPUT_FORMATS, type OutputFormat } from '../../format/index.js';
import { choiceOption, dateOption, parse, UsageError } from '../args.js';
import { openOutput } from '../io.js';
import { eventFormatter, writeClustered } from './clustered.js';
import { DB_HELP, openDatabase } from './database.js';

export const EVENTS_HELP = `Usage: annals events [options]

List stored events, ordered by date.

Options:
  ${DB_HELP}
  --actor CODE       source or target code starts with CODE (SYR matches SYRGOV)
  --type PLOVER      PLOVER event type (CONSULT, ASSAULT, ...)
  --cameo CODE       CAMEO code or root (04 matches 042)
  --status STATUS    occurred, planned, negated, hypothetical
  --since DATE       events dated on or after DATE (YYYY-MM-DD)
  --until DATE       events dated on or before DATE
  --limit N          at most N events
  --format FORMAT    jsonl (default), csv, plover, gdelt (NumMentions, NumSources, NumArticles from clusters)
  --clustered        one event per cluster (many articles reporting it), with every event and article behind it;
                     jsonl (one cluster a line) or gdelt (one row a cluster); --limit counts clusters
  --out FILE         write to FILE instead of standard output

Example:
  annals events --actor SYR --type CONSULT --since 2025-01-01`;

/** `annals events`. */
export async function eventsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' }, actor: { type: 'string' }, type: { type: 'string' }, cameo: { type: 'string' }, status: { type: 'string' },
    since: { type: 'string' }, until: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
    clustered: { type: 'boolean' },
  });
  if (values.help) {
    console.log(EVENTS_HELP);
    return 0;
  }
  const format = choiceOption(values.format, 'format', OUTPUT_FORMATS, 'jsonl') as OutputFormat;
  const status = values.status === undefined ? undefined : choiceOption(values.status, 'status', ['occurred', 'planned', 'negated', 'hypothetical'] as const, 'occurred');
  const since = dateOption(values.since, 'since');
  const until = dateOption(values.until, 'until');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const store = await openDatabase(values.db ?? 'annals.db', true);
  if (store == null) return 1;
  const output = openOutput(values.out);
  try {
    const query = {
      ...(values.actor ? { actor: values.actor.toUpperCase() } : {}), ...(values.type ? { type: values.type.toUpperCase() } : {}),
      ...(values.cameo ? { cameo: values.cameo } : {}), ...(status ? { status } : {}), ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
    if (values.clustered) {
      await writeClustered(store, query, format, output, limit);
      return 0;
    }
    const records = await store.events({ ...query, ...(limit ? { limit } : {}) });
    const fmt = await eventFormatter(format, store, records);
    output.write(fmt.header());
    for (const r of records) output.write(fmt.record(r));
    output.write(fmt.footer());
  } finally {
    await output.close();
    await store.close();
  }
  return 0;
}
