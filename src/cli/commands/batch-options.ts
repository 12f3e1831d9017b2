import { availableParallelism } from 'node:os';
import { parseDuration } from '../../batch/index.js';
import type { ArticleResult, BatchSummary, Progress } from '../../batch/index.js';
import type { FetchOptions } from '../../ingest/index.js';
import { UsageError } from '../args.js';
import { warn } from '../io.js';

/** The options `code` and `watch` share, as `parse` takes them. */
export const BATCH_OPTIONS = {
  db: { type: 'string' }, dict: { type: 'string', multiple: true }, 'max-bytes': { type: 'string' },
  workers: { type: 'string' }, 'no-dedupe': { type: 'boolean' }, follow: { type: 'boolean' },
  timeout: { type: 'string' }, retries: { type: 'string' }, 'no-progress': { type: 'boolean' },
} as const;

/** Help lines for the shared options. */
export const BATCH_HELP = `  --db DB            SQLite file, or PostgreSQL URL postgres://user@host/name, to store into (default: annals.db)
  --follow           for feed items, read the page each item links to instead of the item's text
  --workers N        coding threads (default: one per core, here ${availableParallelism()}); 0 codes on the main thread
  --no-dedupe        code near-copies of earlier articles too, instead of linking them to the first copy
  --dict DIR         extra actor dictionaries, merged over the built-in ones (repeatable)
  --max-bytes N      largest article text (and fetched page or feed) accepted, in bytes (default 10 MiB)
  --timeout TIME     time allowed to fetch a URL, as 30s or 2m (default 30s)
  --retries N        further attempts at a URL after a network error, time-out, 429 or 5xx (default 2)
  --no-progress      no progress bar or progress lines on standard error`;

type Values = { [K in keyof typeof BATCH_OPTIONS]?: (typeof BATCH_OPTIONS)[K]['type'] extends 'boolean' ? boolean : K extends 'dict' ? string[] : string };

function wholeNumber(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** The shared options, checked: usage errors for bad values. */
export function batchOptions(values: Values): {
  workers: number; maxBytes: number | undefined; fetch: FetchOptions; dedupe: boolean; follow: boolean; progress: boolean;
} {
  const timeout = values.timeout === undefined ? undefined : parseDuration(values.timeout);
  if (timeout === null || (timeout !== undefined && timeout <= 0)) throw new UsageError(`--timeout must be a duration such as 30s or 2m, not "${values.timeout}"`);
  const retries = wholeNumber(values.retries, 'retries', 0);
  return {
    workers: wholeNumber(values.workers, 'workers', 0) ?? availableParallelism(),
    maxBytes: wholeNumber(values['max-bytes'], 'max-bytes', 1),
    fetch: { ...(timeout === undefined ? {} : { timeoutMs: timeout }), ...(retries === undefined ? {} : { retries }) },
    dedupe: values['no-dedupe'] !== true,
    follow: values.follow === true,
    progress: values['no-progress'] !== true,
  };
}

/** Print an article's problems: an input that failed, and warnings a coded article carries. */
export function reportProblems(result: ArticleResult, progress: Progress | null): void {
  const lines: string[] = [];
  if (result.kind === 'failed') lines.push(`annals: ${result.origin}: ${result.reason}`);
  if (result.kind === 'coded') {
    for (const m of result.messages) if (m.severity !== 'info') lines.push(`annals: ${m.reason}`);
  }
  if (lines.length === 0) return;
  progress?.done();
  for (const line of lines) warn(line);
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;

/** The totals of a batch in words: "coded 12 articles, 85 events, 2 copies linked, 40 already stored, 1 failed". */
export function describeSummary(s: BatchSummary): string {
  const parts = [`coded ${plural(s.coded, 'article')}`, plural(s.events, 'event')];
  if (s.duplicates > 0) parts.push(`${plural(s.duplicates, 'copy', 'copies')} linked to their first copy`);
  if (s.skipped > 0) parts.push(`${s.skipped.toLocaleString('en-US')} already stored`);
  if (s.failed > 0) parts.push(`${s.failed.toLocaleString('en-US')} failed`);
  if (s.unchanged > 0) parts.push(`${plural(s.unchanged, 'input')} unchanged since the last poll`);
  return parts.join(', ');
}

/**
 * Stop on Ctrl-C (and SIGTERM) between articles: the first signal aborts, so what is being coded is finished and
 * stored; a second one quits at once. Returns the signal and a function that removes the handlers.
 */
export function stopOnInterrupt(message: string): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    warn(`\nannals: ${message} (Ctrl-C again to quit at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
