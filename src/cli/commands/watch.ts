import { createPool, parseDuration, watch } from '../../batch/index.js';
import type { PollReport } from '../../batch/index.js';
import { describeLocation } from '../../store/index.js';
import { parse, UsageError } from '../args.js';
import { warn } from '../io.js';
import { openDatabase } from './database.js';
import { BATCH_HELP, BATCH_OPTIONS, batchOptions, describeSummary, reportProblems, stopOnInterrupt } from './batch-options.js';

export const WATCH_HELP = `Usage: annals watch <feed-or-url-list...> [--every 15m] [options]

Poll feeds and pages until stopped, and code what is new into the database. Inputs are what annals code reads:
feed URLs, page URLs, feed files, and .urls lists of them (one a line). Each poll skips what the database already
has (with --follow, without fetching its page again), links near-copies to their first copy, and codes the rest.
After a poll that read everything, URLs are asked for only if changed (ETag, Last-Modified): an unchanged feed
costs its server one 304. Ctrl-C stops cleanly, between articles: what is being coded is finished and stored first.

Options:
  --every TIME       from one poll to the next, as 30s, 15m or 1h (default 15m)
${BATCH_HELP}
  -h, --help         this help

Each poll ends with one line on standard error: when it ran and what it coded.

Example:
  annals watch https://example.org/world.rss feeds.urls --every 10m --follow --db news.db`;

const clock = (date: Date): string => date.toISOString().replace('T', ' ').slice(0, 19);

/** `annals watch`: poll until stopped. */
export async function watchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...BATCH_OPTIONS, every: { type: 'string' } });
  if (values.help) {
    console.log(WATCH_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals watch needs at least one feed, page URL or list of them');
  if (positionals.includes('-')) throw new UsageError('annals watch polls feeds and pages; standard input cannot be polled');
  const everyMs = parseDuration(values.every ?? '15m');
  if (everyMs == null || everyMs < 1000) throw new UsageError(`--every must be a duration of a second or more, such as 30s or 15m, not "${values.every}"`);
  const batch = batchOptions(values);

  const db = values.db ?? 'annals.db';
  const store = await openDatabase(db);
  if (store == null) return 1;
  const interrupt = stopOnInterrupt('stopping after the articles being coded');
  let polls = 0;
  try {
    const pool = await createPool({ workers: batch.workers, coder: { dictionaries: values.dict ?? [] } });
    for (const problem of pool.problems) warn(`annals: ${problem.reason}`);
    warn(`annals: watching ${positionals.length} input${positionals.length === 1 ? '' : 's'} every ${values.every ?? '15m'} into ${describeLocation(db)}; Ctrl-C stops`);
    try {
      polls = await watch(positionals, {
        store, pool, everyMs, signal: interrupt.signal, dedupe: batch.dedupe,
        ingest: { ...(batch.maxBytes ? { maxBytes: batch.maxBytes } : {}), follow: batch.follow, fetch: batch.fetch },
        onResult: (result) => reportProblems(result, null),
        onPoll: ({ poll, startedAt, summary }: PollReport) => {
          const next = interrupt.signal.aborted ? '' : `; next poll at ${clock(new Date(startedAt.getTime() + everyMs))}`;
          warn(`annals: poll ${poll} at ${clock(startedAt)}: ${describeSummary(summary)}${next}`);
        },
      });
    } finally {
      await pool.close();
    }
  } finally {
    interrupt.release();
    await store.close();
  }
  warn(`annals: stopped after ${polls} poll${polls === 1 ? '' : 's'}`);
  return 0;
}
