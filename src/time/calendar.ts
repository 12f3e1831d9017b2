/** A calendar day, proleptic Gregorian, months 1-12. Pure arithmetic in UTC: no time zone can move a day. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-01-26`. */
export function iso(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `2026-01`. */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** A `YYYY-MM-DD` string as a day; null when it is not one. */
export function parseDay(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

/** Whether the year has a February 29. */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month: 28 to 31. */
export function daysIn(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether year, month and day name a real day ("Feb. 29" only in leap years). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function fromUtc(t: number): Day {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function utc(day: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(day.y, day.m - 1, day.d);
  return date.getTime();
}

/** The day `n` days later (earlier when negative). */
export function addDays(day: Day, n: number): Day {
  return fromUtc(utc(day) + n * 86_400_000);
}

/** The same day `n` months later, clamped to the month's end: Jan 31 + 1 month is Feb 28 (or 29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysIn(y, m)) };
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(day: Day): number {
  return new Date(utc(day)).getUTCDay();
}

/** The Monday that starts the ISO week of a day. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** ISO 8601 week of a day: `2026-W05`. The week belongs to the year of its Thursday (Dec 29, 2025 is 2026-W01). */
export function isoWeek(day: Day): string {
  const thursday = addDays(mondayOf(day), 3);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Compare two days: negative, zero or positive. */
export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
