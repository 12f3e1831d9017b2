import type { Validators } from '../ingest/index.js';
import type { BatchOptions } from './runner.js';
import { runBatch } from './runner.js';
import type { BatchSummary } from './results.js';

/** What one poll did, and when it started. */
export interface PollReport {
  poll: number;
  startedAt: Date;
  summary: BatchSummary;
}

/** Options for watching: a batch's, and the time between polls. */
export interface WatchOptions extends BatchOptions {
  /** From the start of one poll to the start of the next, ms. */
  everyMs: number;
  /** Stops watching: between articles while polling, at once while waiting. */
  signal: AbortSignal;
  onPoll?: (report: PollReport) => void;
  /** Polls to make before returning; default: until stopped. */
  polls?: number;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds in a duration: a number with a unit (`500ms`, `30s`, `15m`, `1h`) or units in a row (`1h30m`);
 * a bare number is seconds. Null when the text is not a duration.
 * @example parseDuration('15m') // 900000
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) return null;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * (UNITS[unit as string] as number), 0);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Poll the inputs (feeds, pages, lists of them) until stopped: each poll is a batch, so what the store has is
 * skipped (with `follow`, not even fetched) and only new or changed articles are coded, each once. URLs are asked
 * for "only if changed" (ETag, Last-Modified) after a poll that read them completely, so an unchanged feed costs a
 * 304 and nothing else; after a poll that was stopped or had failures they are read whole again, so nothing is missed.
 */
export async function watch(inputs: string[], options: WatchOptions): Promise<number> {
  const remembered: Validators = new Map();
  let poll = 0;
  while (!options.signal.aborted && (options.polls == null || poll < options.polls)) {
    poll++;
    const startedAt = new Date();
    const validators: Validators = new Map(remembered);
    const summary = await runBatch(inputs, { ...options, ingest: { ...options.ingest, validators } });
    if (!summary.stopped && summary.failed === 0) for (const [url, validator] of validators) remembered.set(url, validator);
    options.onPoll?.({ poll, startedAt, summary });
    if (options.polls != null && poll >= options.polls) break;
    await pause(Math.max(0, options.everyMs - (Date.now() - startedAt.getTime())), options.signal);
  }
  return poll;
}
