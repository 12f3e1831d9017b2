import { duration } from '../../batch/progress.js';
import { JOB_STATES } from '../../queue/index.js';
import type { QueueStatus, Rate } from '../../queue/index.js';
import { describeLocation } from '../../store/index.js';
import { parse } from '../args.js';
import { warn } from '../io.js';
import { countOption, openQueueAt, plural, QUEUE_DB_HELP, queueUrl } from './queue-options.js';

export const STATUS_HELP = `Usage: annals status --db postgres://... [--retry-failed] [--failures N] [--json]

Show the queue of annals enqueue and annals worker: articles by state (queued, running, done, failed), articles
done in the last minute and hour, the workers with their leases, and why articles failed.

Options:
${QUEUE_DB_HELP}
  --retry-failed     put the failed articles back on the queue (attempts reset; their reasons are kept)
  --failures N       failed articles to list, latest first (default 10)
  --json             print the status as one JSON object
  -h, --help         this help

Example:
  annals status --db postgres://annals@db.example.org/annals`;

const int = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 2)} MB`;
const ago = (date: Date, now: number): string => `${duration(Math.max(0, (now - date.getTime()) / 1000))} ago`;
const rate = (r: Rate, seconds: number): string =>
  `${plural(r.articles, 'article')}, ${int(r.events)} events, ${mb(r.textBytes)} of text (${(r.articles / seconds).toFixed(2)} articles/s)`;

/** The status for people, one line each. */
export function statusLines(status: QueueStatus, where: string, now = Date.now()): string[] {
  const lines = [`queue at ${where}`];
  const width = Math.max(...JOB_STATES.map((s) => int(status.states[s].jobs).length));
  for (const state of JOB_STATES) {
    const { jobs, textBytes } = status.states[state];
    const note = state === 'running' && status.expired > 0
      ? `; ${int(status.expired)} with a lease run out (their worker stopped): taken again, or failed after the last attempt`
      : '';
    lines.push(`  ${state.padEnd(8)} ${int(jobs).padStart(width)}  (${mb(textBytes)} of text${note})`);
  }
  lines.push('done lately', `  last minute  ${rate(status.lastMinute, 60)}`, `  last hour    ${rate(status.lastHour, 3600)}`);
  const live = status.workers.filter((w) => w.live);
  lines.push(`workers: ${live.length} live${status.workers.length > live.length ? `, ${status.workers.length - live.length} stopped or lost in the last hour` : ''}`);
  for (const w of status.workers) {
    const state = w.live ? 'live' : w.stoppedAt != null ? `stopped ${ago(w.stoppedAt, now)}` : `lost (last seen ${ago(w.seenAt, now)})`;
    lines.push(`  ${w.id}  ${state}; ${plural(w.leases, 'lease')}, ${int(w.done)} done, ${int(w.failed)} failed; started ${ago(w.startedAt, now)}`);
  }
  if (status.states.failed.jobs > 0) {
    lines.push(`failed: ${plural(status.states.failed.jobs, 'article')}, by reason`);
    for (const r of status.reasons) lines.push(`  ${int(r.jobs).padStart(width)}  ${r.reason}`);
    if (status.failures.length > 0) lines.push('latest failed');
    for (const f of status.failures) lines.push(`  ${f.article} (${f.origin}), ${plural(f.attempts, 'attempt')}, ${ago(f.at, now)}: ${f.reason}`);
    lines.push('annals status --retry-failed puts them back on the queue');
  }
  if (status.failedAttemptsLastHour > 0) lines.push(`failed attempts in the last hour (retried or not): ${int(status.failedAttemptsLastHour)}`);
  return lines;
}

/** `annals status`: the queue's depth, rates, workers and failures; `--retry-failed` queues failed articles again. */
export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' }, 'retry-failed': { type: 'boolean' }, failures: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(STATUS_HELP);
    return 0;
  }
  const url = queueUrl(values.db, 'status');
  const failures = countOption(values.failures, 'failures', 0, 10);
  const queue = await openQueueAt(url, warn);
  if (queue == null) return 1;
  try {
    if (values['retry-failed']) {
      const retried = await queue.retryFailed();
      console.log(`annals: put ${plural(retried, 'failed article')} back on the queue`);
      return 0;
    }
    const status = await queue.status(failures);
    if (values.json) console.log(JSON.stringify(status));
    else for (const line of statusLines(status, describeLocation(url))) console.log(line);
    return 0;
  } finally {
    await queue.close();
  }
}
