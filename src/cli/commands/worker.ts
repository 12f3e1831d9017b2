import { availableParallelism } from 'node:os';
import { createPool, parseDuration } from '../../batch/index.js';
import { duration } from '../../batch/progress.js';
import { listen, runWorker, workerIdentity } from '../../queue/index.js';
import type { BatchReport, Waker, WorkerSummary } from '../../queue/index.js';
import { describeLocation, openStore } from '../../store/index.js';
import { parse, UsageError } from '../args.js';
import { warn } from '../io.js';
import { stopOnInterrupt } from './batch-options.js';
import { countOption, openQueueAt, plural, QUEUE_DB_HELP, queueUrl } from './queue-options.js';

export const WORKER_HELP = `Usage: annals worker --db postgres://... [--batch N] [--lease 60s] [--once] [options]

Take articles from the queue (annals enqueue), code them and store their events in the same database. Start any
number, on any number of machines: each claims its own articles (FOR UPDATE SKIP LOCKED), under a lease it renews
while it lives. A worker that dies leaves its articles to be taken again when the lease runs out; an article is
marked done only after its events are committed, and never stored twice. Ctrl-C (or SIGTERM) stops cleanly,
between articles: what is being coded is stored first, the rest of the batch goes back to the queue.

Options:
${QUEUE_DB_HELP}
  --batch N          articles claimed at a time and committed in one transaction (default 16)
  --lease TIME       how long a claim lasts without renewal, as 30s or 2m (default 60s): a dead worker's
                     articles are taken again after this long
  --attempts N       attempts at an article before it fails for good with its reason (default 3)
  --once             stop when no article is queued or running (drain the queue), instead of waiting for more
  --threads N        coding threads (default: one per core, here ${availableParallelism()}); 0 codes on the main thread
  --no-dedupe        code near-copies of stored articles too, instead of linking them to the first copy
  --dict DIR         extra actor dictionaries, merged over the built-in ones (repeatable)
  -h, --help         this help

Progress goes to standard error: a line every 10 seconds, and each failure with its reason.
Exit status: 0 when stopped or drained, 1 when some article failed for good in this run (annals status lists
them) or the database failed, 2 on a usage error.

Examples:
  annals worker --db postgres://annals@db.example.org/annals
  annals worker --db postgres://annals@localhost/annals?host=/run/postgresql --once --threads 2`;

const REPORT_EVERY_MS = 10_000;

function describe(s: WorkerSummary): string {
  const parts = [`coded ${plural(s.coded, 'article')}`, plural(s.events, 'event')];
  if (s.duplicates > 0) parts.push(`${plural(s.duplicates, 'copy', 'copies')} linked`);
  if (s.skipped > 0) parts.push(`${s.skipped.toLocaleString('en-US')} already stored`);
  if (s.takenOver > 0) parts.push(`${s.takenOver.toLocaleString('en-US')} taken over from lost workers`);
  if (s.retried > 0) parts.push(`${s.retried.toLocaleString('en-US')} queued again after a failure`);
  if (s.failed > 0) parts.push(`${s.failed.toLocaleString('en-US')} failed`);
  if (s.lost > 0) parts.push(`${s.lost.toLocaleString('en-US')} lost to another worker (lease ran out)`);
  const mb = s.textBytes / 1e6;
  const rate = s.seconds > 0 ? `; ${(s.coded / s.seconds).toFixed(1)} articles/s, ${(mb / s.seconds).toFixed(3)} MB/s` : '';
  return `${parts.join(', ')} in ${duration(s.seconds)}${rate}`;
}

/** `annals worker`: code articles from the queue until stopped (or, with --once, until it is drained). */
export async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' }, batch: { type: 'string' }, lease: { type: 'string' }, attempts: { type: 'string' },
    once: { type: 'boolean' }, threads: { type: 'string' }, 'no-dedupe': { type: 'boolean' }, dict: { type: 'string', multiple: true },
  });
  if (values.help) {
    console.log(WORKER_HELP);
    return 0;
  }
  const url = queueUrl(values.db, 'worker');
  const batch = countOption(values.batch, 'batch', 1, 16);
  const attempts = countOption(values.attempts, 'attempts', 1, 3);
  const threads = countOption(values.threads, 'threads', 0, availableParallelism());
  const leaseMs = parseDuration(values.lease ?? '60s');
  if (leaseMs == null || leaseMs < 1000) throw new UsageError(`--lease must be a duration of a second or more, such as 30s or 2m, not "${values.lease}"`);

  const queue = await openQueueAt(url, warn);
  if (queue == null) return 1;
  const interrupt = stopOnInterrupt('stopping after the articles being coded');
  const identity = workerIdentity(leaseMs);
  let waker: Waker | null = null;
  const closers: (() => Promise<void>)[] = [() => queue.close()];
  try {
    const store = await openStore(url);
    closers.unshift(() => store.close());
    waker = await listen(url).catch((error: unknown) => {
      warn(`annals: cannot listen for new articles (${(error as Error).message}); polling instead`);
      return null;
    });
    if (waker != null) closers.unshift(waker.close);
    const pool = await createPool({ workers: threads, coder: { dictionaries: values.dict ?? [] } });
    closers.unshift(() => pool.close());
    for (const problem of pool.problems) warn(`annals: ${problem.reason}`);
    warn(`annals: worker ${identity.id} taking articles from ${describeLocation(url)} (batch ${batch}, lease ${duration(leaseMs / 1000)}, `
      + `${threads === 0 ? 'coding on the main thread' : plural(threads, 'coding thread')})${values.once ? ', until the queue is drained' : '; Ctrl-C stops'}`);

    let lastReport = performance.now();
    const onBatch = (report: BatchReport): void => {
      for (const result of report.coded.results) {
        if (!result.ok) warn(`annals: ${result.article}: ${result.reason}`);
      }
      if (report.finished.lost.length > 0) warn(`annals: lost ${plural(report.finished.lost.length, 'article')} to another worker: the lease ran out before they were stored`);
      const now = performance.now();
      if (now - lastReport >= REPORT_EVERY_MS) {
        lastReport = now;
        warn(`annals: ${describe(report.totals)}`);
      }
    };
    const summary = await runWorker({
      queue, store, pool, identity, batch, maxAttempts: attempts, once: values.once === true, dedupe: values['no-dedupe'] !== true,
      signal: interrupt.signal, waker, onBatch, onProblem: (reason) => warn(`annals: ${reason}`),
    });
    warn(`annals: worker ${identity.id} ${summary.stopped ? 'stopped' : 'done'}: ${describe(summary)}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    interrupt.release();
    for (const close of closers) await close().catch(() => undefined);
  }
}
