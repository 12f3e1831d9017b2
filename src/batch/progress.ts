import type { BatchProgress } from './results.js';

/** How progress is shown. */
export interface ProgressOptions {
  write: (text: string) => void;
  /** A terminal: one bar redrawn in place. Otherwise a plain log line every `everyMs`. */
  tty: boolean;
  /** Bytes of input in all, when known: a percentage and an estimate of the time left. */
  total?: number | null;
  /** Between log lines, ms; default 10 s. */
  everyMs?: number;
  /** The clock, ms; tests give a fixed one. */
  now?: () => number;
}

/** Shows a batch's progress as it goes. */
export interface Progress {
  update(progress: BatchProgress): void;
  /** Clear the bar (a terminal) before the final summary is printed. */
  done(): void;
}

const BAR = 24;
/** Redraws of the bar at most this often, ms. */
const REDRAW_MS = 100;

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A duration for people: `45s`, `3m 12s`, `2h 05m`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The share of the work done: of the input read, the part whose articles are finished (reading runs ahead of
 * coding by the articles in flight); 0 without a total.
 */
export function shareDone(p: BatchProgress, total: number | null | undefined): number {
  if (total == null || total <= 0 || p.inputBytes <= 0) return 0;
  return Math.min(1, p.inputBytes / total) * (p.read / Math.max(1, p.read + p.inFlight));
}

/** The figures of a progress line: count, rates, and with a known total the share done and the time left. */
export function progressFigures(p: BatchProgress, total: number | null | undefined): string[] {
  const rate = p.seconds > 0 ? p.read / p.seconds : 0;
  const mbps = p.seconds > 0 ? p.textBytes / 1e6 / p.seconds : 0;
  const figures = [`${int(p.read)} articles`, `${rate.toFixed(1)}/s`, `${mbps.toFixed(2)} MB/s`];
  const others = [[p.duplicates, 'copies'], [p.skipped, 'skipped'], [p.failed, 'failed']]
    .filter(([n]) => (n as number) > 0).map(([n, label]) => `${int(n as number)} ${label}`);
  if (others.length > 0) figures.push(`(${others.join(', ')})`);
  const share = shareDone(p, total);
  if (share > 0) figures.push(`${Math.floor(share * 100)}%`, `ETA ${duration((p.seconds / share) * (1 - share))}`);
  return figures;
}

/** The bar drawn on a terminal: `[#########...............]` when the total is known. */
export function progressBar(p: BatchProgress, total: number | null | undefined): string {
  const figures = progressFigures(p, total).join('  ');
  if (total == null || total <= 0) return figures;
  const filled = Math.round(shareDone(p, total) * BAR);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${figures}`;
}

/**
 * Progress for a command: on a terminal a bar with count, rate and time left, redrawn in place at most ten times a
 * second; elsewhere (a log, a pipe) one plain line every ten seconds.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const everyMs = options.tty ? REDRAW_MS : options.everyMs ?? 10_000;
  let last = now();
  let drawn = false;
  return {
    update(progress) {
      if (now() - last < everyMs) return;
      last = now();
      if (options.tty) {
        options.write(`\r\x1b[2K${progressBar(progress, options.total)}`);
        drawn = true;
      } else {
        options.write(`annals: ${progressFigures(progress, options.total).join(', ')}\n`);
      }
    },
    done() {
      if (drawn) options.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
