import type { PassTotals } from './measure.js';

/** One pass as printed and written to JSON. Rates are per second of wall time; MB is 10^6 bytes of UTF-8 text. */
export interface PassFigures {
  name: string;
  articles: number;
  sentences: number;
  textMB: number;
  /** Null for the nlp-only pass, which codes no events. */
  events: number | null;
  seconds: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  mbPerSecond: number;
  eventsPerSecond: number | null;
  /** Process RSS and V8 heap used right after the pass, MB. */
  rssAfterMB: number;
  heapAfterMB: number;
}

/** A target and whether the run met it. */
export interface TargetCheck {
  name: string;
  value: number;
  unit: string;
  op: '>=' | '<=';
  limit: number;
  pass: boolean;
}

const MB = 1e6;

/** Rates of a pass from its totals. */
export function passFigures(name: string, totals: PassTotals, withEvents: boolean): PassFigures {
  const per = (n: number): number => n / totals.seconds;
  return {
    name,
    articles: totals.articles,
    sentences: totals.sentences,
    textMB: totals.bytes / MB,
    events: withEvents ? totals.events : null,
    seconds: totals.seconds,
    articlesPerSecond: per(totals.articles),
    sentencesPerSecond: per(totals.sentences),
    mbPerSecond: per(totals.bytes) / MB,
    eventsPerSecond: withEvents ? per(totals.events) : null,
    rssAfterMB: mb(totals.memoryAfter.rss),
    heapAfterMB: mb(totals.memoryAfter.heapUsed),
  };
}

/** Check a figure against its target. */
export function check(name: string, value: number, op: '>=' | '<=', limit: number, unit: string): TargetCheck {
  return { name, value, unit, op, limit, pass: op === '>=' ? value >= limit : value <= limit };
}

/** Bytes as megabytes (10^6), for memory lines. */
export const mb = (bytes: number): number => bytes / MB;

/** A whole number with thousands separators. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A fixed-point number. */
export const fixed = (n: number, digits: number): string => n.toFixed(digits);

/** The pass table: one line per pass, columns right-aligned. */
export function passTable(passes: PassFigures[]): string[] {
  const head = ['pass', 'articles/s', 'sentences/s', 'MB/s', 'events/s', 'wall', 'RSS after', 'heap after'];
  const rows = passes.map((p) => [
    p.name,
    fixed(p.articlesPerSecond, 1),
    int(p.sentencesPerSecond),
    fixed(p.mbPerSecond, 3),
    p.eventsPerSecond == null ? '-' : int(p.eventsPerSecond),
    `${fixed(p.seconds, 2)} s`,
    `${fixed(p.rssAfterMB, 1)} MB`,
    `${fixed(p.heapAfterMB, 1)} MB`,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), ...rows.map(line)];
}

/** One line per target: the limit, the figure, PASS or MISS. */
export function targetLines(targets: TargetCheck[]): string[] {
  const nameWidth = Math.max(...targets.map((t) => t.name.length));
  return targets.map((t) => {
    const digits = t.unit === 'MB/s' ? 3 : 1;
    const limit = `${t.op} ${fixed(t.limit, t.unit === 'MB/s' ? 1 : 0)} ${t.unit}`;
    return `  ${t.name.padEnd(nameWidth)}  target ${limit.padEnd(12)}  got ${`${fixed(t.value, digits)} ${t.unit}`.padStart(11)}`
      + `  ${t.pass ? 'PASS' : 'MISS'}`;
  });
}

/**
 * One line per build of a side-by-side comparison: its main-thread CPU per article, what else `extra` says of it,
 * and its change against the first build.
 */
export function comparisonLines(
  dirs: readonly string[], msPerArticle: readonly number[], unit = 'ms main-thread CPU per article', extra: (k: number) => string = () => '',
): string[] {
  const base = msPerArticle[0]!;
  return dirs.map((dir, k) => {
    const value = msPerArticle[k]!;
    const change = k === 0 ? '' : `  ${value >= base ? '+' : ''}${fixed((100 * (value - base)) / base, 1)}% against ${dirs[0]}`;
    return `${dir.padEnd(16)} ${fixed(value, 3)} ${unit}${extra(k)}${change}`;
  });
}
