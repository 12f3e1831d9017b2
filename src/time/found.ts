import type { DateReading } from '../model/index.js';
import { daysIn, iso, isoMonth, type Day } from './calendar.js';

/**
 * A temporal expression proposed by a parser, before refiners merge and filter. `past` and `future` are the two
 * readings of an expression whose year or week the text leaves open ("October 15", "Wednesday"); they are equal
 * for everything else. Both are null for an expression that names no date ("recently": `timex` only).
 */
export interface FoundDate {
  index: number;
  text: string;
  past: DateReading | null;
  future: DateReading | null;
  /**
   * How it was read (chrono's `assign` versus `imply`): the parser (`chrono`, `period`, `offset`, `range`, `ref`),
   * then what was inferred: `relative` (counted from the reference day), `implied-year` (a year the text does not
   * give), `duration` (a stretch of time anchored at the reference).
   */
  how: string[];
  /** TimeML value when the expression names no date: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`. */
  timex?: string;
  /** Lower wins when two parsers claim overlapping text and neither is longer. */
  rank: number;
}

/** A day reading: `2026-01-28`. `time` adds a time of day to the TimeML value only ("T15:00", "TMO"). */
export function dayReading(day: Day, time = ''): DateReading {
  const value = iso(day);
  return { value, precision: 'day', timex: time ? `${value}${time.startsWith('T') ? '' : 'T'}${time}` : value };
}

/** A month reading: `2025-10`. */
export function monthReading(y: number, m: number): DateReading {
  const value = isoMonth(y, m);
  return { value, precision: 'month', timex: value };
}

/** A year reading: `2024`. */
export function yearReading(y: number): DateReading {
  const value = String(y).padStart(4, '0');
  return { value, precision: 'year', timex: value };
}

/** The first and last day of a month. */
export function monthSpan(y: number, m: number): [Day, Day] {
  return [{ y, m, d: 1 }, { y, m, d: daysIn(y, m) }];
}

/**
 * A range reading from `start` to `end` (both days included). `value` names the period when it is one calendar
 * unit ("2024" for "late 2024", "2026-W04" for "last week"); otherwise the ISO 8601 interval is used, at month
 * precision when the range is whole months ("2025-07/2025-09"), at year precision when whole years ("1990/1999").
 */
export function rangeReading(start: Day, end: Day, timex: string, value?: string): DateReading {
  return { value: value ?? interval(start, end), precision: 'range', start: iso(start), end: iso(end), timex };
}

/** ISO 8601 interval of two days, at the coarsest precision that states it exactly. */
export function interval(start: Day, end: Day): string {
  const wholeMonths = start.d === 1 && end.d === daysIn(end.y, end.m);
  if (wholeMonths && start.m === 1 && end.m === 12) return start.y === end.y ? String(start.y) : `${start.y}/${end.y}`;
  if (wholeMonths) {
    return start.y === end.y && start.m === end.m ? isoMonth(start.y, start.m) : `${isoMonth(start.y, start.m)}/${isoMonth(end.y, end.m)}`;
  }
  return `${iso(start)}/${iso(end)}`;
}

/** The same reading for past and future: an expression the text fixes. */
export function fixed(index: number, text: string, reading: DateReading, how: string[], rank = 1): FoundDate {
  return { index, text, past: reading, future: reading, how, rank };
}
