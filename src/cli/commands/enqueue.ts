import { parseDuration } from '../../batch/index.js';
import { readInputs } from '../../ingest/index.js';
import type { Article } from '../../model/index.js';
import type { EnqueueResult } from '../../queue/index.js';
import { describeLocation } from '../../store/index.js';
import { dateOption, parse, UsageError } from '../args.js';
import { warn } from '../io.js';
import { stopOnInterrupt } from './batch-options.js';
import { countOption, openQueueAt, plural, QUEUE_DB_HELP, queueUrl } from './queue-options.js';

export const ENQUEUE_HELP = `Usage: annals enqueue <input...> --db postgres://... [options]

Put articles on the queue in PostgreSQL, for annals worker processes (on any number of machines) to code.
Inputs are what annals code reads: files, directories, JSON and JSON Lines records, HTML pages, feeds, URLs,
.urls lists, or - for standard input. A bad input is named with its reason on standard error; the rest goes on.

An article is known by its id (its normalised URL, else a hash of its text): one already on the queue adds
nothing, so enqueuing the same input twice is safe. One whose text changed is queued again, unless a worker
holds it.

Options:
${QUEUE_DB_HELP}
  --published DATE   publication date (YYYY-MM-DD) for inputs that have none
  --follow           for feed items, read the page each item links to instead of the item's text
  --max-bytes N      largest article text (and fetched page or feed) accepted, in bytes (default 10 MiB)
  --timeout TIME     time allowed to fetch a URL, as 30s or 2m (default 30s)
  --retries N        further attempts at a URL after a network error, time-out, 429 or 5xx (default 2)
  -h, --help         this help

Prints how many articles were added and how many were there already.
Exit status: 0 when every input was read, 1 when some failed (each named on stderr), 2 on a usage error,
130 when stopped with Ctrl-C (what was read is enqueued).

Examples:
  annals enqueue news/ archive.jsonl.gz --db postgres://annals@db.example.org/annals
  annals enqueue feeds.urls --follow --db postgres://annals@localhost/annals?host=/run/postgresql`;

/** Articles per INSERT: one round trip for many, small enough to keep a group's JSON in memory. */
const GROUP = 500;

/** `annals enqueue`: read inputs as annals code does and put their articles on the queue. */
export async function enqueueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, published: { type: 'string' }, follow: { type: 'boolean' }, 'max-bytes': { type: 'string' },
    timeout: { type: 'string' }, retries: { type: 'string' },
  });
  if (values.help) {
    console.log(ENQUEUE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals enqueue needs at least one input (a file, a directory, a URL, or - for standard input)');
  const url = queueUrl(values.db, 'enqueue');
  const published = dateOption(values.published, 'published');
  const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout);
  if (timeoutMs === null || (timeoutMs !== undefined && timeoutMs <= 0)) throw new UsageError(`--timeout must be a duration such as 30s or 2m, not "${values.timeout}"`);
  const retries = values.retries === undefined ? undefined : countOption(values.retries, 'retries', 0, 2);
  const maxBytes = values['max-bytes'] === undefined ? undefined : countOption(values['max-bytes'], 'max-bytes', 1, 0);

  const queue = await openQueueAt(url, warn);
  if (queue == null) return 1;
  const interrupt = stopOnInterrupt('stopping: enqueuing what was read');
  const totals: EnqueueResult = { added: 0, requeued: 0, known: 0, failed: [] };
  let failedInputs = 0;
  let group: Article[] = [];
  const flush = async (): Promise<void> => {
    const result = await queue.enqueue(group);
    group = [];
    totals.added += result.added;
    totals.requeued += result.requeued;
    totals.known += result.known;
    for (const { article, reason } of result.failed) warn(`annals: ${article.origin}: could not be enqueued: ${reason}`);
    totals.failed.push(...result.failed);
  };
  try {
    const items = readInputs(positionals, {
      ...(published ? { published } : {}), ...(maxBytes ? { maxBytes } : {}), follow: values.follow === true,
      fetch: { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(retries === undefined ? {} : { retries }) },
    });
    for await (const item of items) {
      if (!item.ok) {
        failedInputs++;
        warn(`annals: ${item.origin}: ${item.reason}`);
      } else {
        group.push(item.article);
        if (group.length >= GROUP) await flush();
      }
      if (interrupt.signal.aborted) break;
    }
    if (group.length > 0) await flush();
    const open = await queue.status(0);
    const failed = failedInputs + totals.failed.length;
    const parts = [`${totals.known.toLocaleString('en-US')} already on the queue`];
    if (totals.requeued > 0) parts.push(`${totals.requeued.toLocaleString('en-US')} queued again (their text changed)`);
    if (failed > 0) parts.push(`${failed.toLocaleString('en-US')} failed`);
    console.log(`annals: enqueued ${plural(totals.added, 'article')} into ${describeLocation(url)} (${parts.join(', ')})`
      + `${interrupt.signal.aborted ? ', stopped' : ''}`);
    console.log(`annals: the queue holds ${open.states.queued.jobs.toLocaleString('en-US')} queued, `
      + `${open.states.running.jobs.toLocaleString('en-US')} running, ${open.states.done.jobs.toLocaleString('en-US')} done, `
      + `${open.states.failed.jobs.toLocaleString('en-US')} failed`);
    if (interrupt.signal.aborted) return 130;
    return failed > 0 ? 1 : 0;
  } finally {
    interrupt.release();
    await queue.close();
  }
}
