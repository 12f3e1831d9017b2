import { addDays, daysIn, isoWeek, mondayOf, type Day } from './calendar.js';
import { rangeReading } from './found.js';
import type { DateReading } from '../model/index.js';
import { SEASONS } from './words.js';

/** First and last day of a span of whole months (`last` may pass December: month 14 is February next year). */
export function monthsSpan(y: number, first: number, last: number): [Day, Day] {
  const endY = y + Math.floor((last - 1) / 12);
  const endM = ((last - 1) % 12) + 1;
  return [{ y, m: first, d: 1 }, { y: endY, m: endM, d: daysIn(endY, endM) }];
}

/** A quarter (1-4) as a range reading: value "2025-07/2025-09", TimeML "2025-Q3". */
export function quarterReading(y: number, q: number): DateReading {
  const [start, end] = monthsSpan(y, q * 3 - 2, q * 3);
  return rangeReading(start, end, `${y}-Q${q}`);
}

/** A half year (1-2) as a range reading: TimeML "2025-H1". */
export function halfReading(y: number, h: number): DateReading {
  const [start, end] = monthsSpan(y, h * 6 - 5, h * 6);
  return rangeReading(start, end, `${y}-H${h}`);
}

/** The season that starts in year `y` (winter 2025 is December 2025 to February 2026). */
export function seasonReading(y: number, season: string): DateReading {
  const s = SEASONS[season]!;
  const [start, end] = monthsSpan(y, s.first, s.last < s.first ? s.last + 12 : s.last);
  return rangeReading(start, end, `${y}-${s.code}`);
}

/** The ISO week of a day, Monday to Sunday: value and TimeML "2026-W04". */
export function weekReading(day: Day): DateReading {
  const monday = mondayOf(day);
  const week = isoWeek(day);
  return rangeReading(monday, addDays(monday, 6), week, week);
}

/** The weekend (Saturday and Sunday) of a day's ISO week: TimeML "2026-W04-WE". */
export function weekendReading(day: Day): DateReading {
  const saturday = addDays(mondayOf(day), 5);
  return rangeReading(saturday, addDays(saturday, 1), `${isoWeek(day)}-WE`, `${isoWeek(day)}-WE`);
}

/** A decade from its first year: value "1990/1999", TimeML "199". */
export function decadeReading(first: number): DateReading {
  return rangeReading({ y: first, m: 1, d: 1 }, { y: first + 9, m: 12, d: 31 }, String(first).slice(0, 3));
}

/** The quarter a month is in. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** The first and last day a reading covers. */
export function spanOf(reading: DateReading): [Day, Day] {
  const [y, m, d] = reading.value.split(/[-/]/).map(Number) as [number, number?, number?];
  if (reading.start && reading.end) return [toDay(reading.start), toDay(reading.end)];
  if (reading.precision === 'day') return [{ y, m: m!, d: d! }, { y, m: m!, d: d! }];
  if (reading.precision === 'month') return [{ y, m: m!, d: 1 }, { y, m: m!, d: daysIn(y, m!) }];
  return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
}

function toDay(value: string): Day {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}
