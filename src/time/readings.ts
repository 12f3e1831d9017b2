import * as chrono from 'chrono-node';
import type { DatePrecision, DateReading } from '../model/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The reference instant for an article date: noon UTC, so no time zone moves it to another day. */
export function referenceDate(published: string): Date {
  return new Date(`${published}T12:00:00Z`);
}

type Components = chrono.ParsedComponents;

function precisionOf(c: Components): DatePrecision {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return 'day';
}

function toReading(c: Components): DateReading {
  const d = c.date();
  const value = day(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  const precision = precisionOf(c);
  if (precision === 'month') return { value: value.slice(0, 7), precision };
  if (precision === 'year') return { value: value.slice(0, 4), precision };
  return { value, precision };
}

const FUZZY = /\b(early|mid|late)[- ](\d{4})\b/i;
const FUZZY_SPANS: Record<string, [string, string]> = { early: ['01-01', '04-30'], mid: ['05-01', '08-31'], late: ['09-01', '12-31'] };

/** A temporal expression found in a text, with its past and future readings. */
export interface FoundDate {
  index: number;
  text: string;
  past: DateReading;
  future: DateReading;
}

/**
 * Temporal expressions of a text, read against the publication date. An expression without a year
 * ("October 15", "Wednesday") gets a past and a future reading; which one holds is the clause's business.
 */
export function findDates(text: string, published: string): FoundDate[] {
  const ref = referenceDate(published);
  const found: FoundDate[] = [];
  for (const m of text.matchAll(new RegExp(FUZZY, 'gi'))) {
    const [from, to] = FUZZY_SPANS[m[1]!.toLowerCase()]!;
    const reading: DateReading = { value: m[2]!, precision: 'range', start: `${m[2]}-${from}`, end: `${m[2]}-${to}` };
    found.push({ index: m.index!, text: m[0], past: reading, future: reading });
  }
  const backward = chrono.casual.parse(text, { instant: ref, timezone: 0 });
  const forward = chrono.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: true });
  for (const result of backward) {
    // Lower-case month names are verbs or modals ("may", "march"), not dates.
    if (/^(may|march|august|june|april)$/.test(result.text)) continue;
    if (found.some((f) => result.index < f.index + f.text.length && f.index < result.index + result.text.length)) continue;
    if (/^\d{1,4}$/.test(result.text.trim())) continue;
    const twin = forward.find((f) => f.index === result.index);
    let past = toReading(result.start);
    const future = twin ? toReading(twin.start) : past;
    const refDay = day(ref);
    if (past.value > refDay.slice(0, past.value.length) && !result.start.isCertain('year')) {
      past = shiftBack(result.start, past);
    }
    found.push({ index: result.index, text: result.text.trimEnd(), past, future });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The same expression a cycle earlier: a weekday a week back, a month-day a year back. */
function shiftBack(c: Components, reading: DateReading): DateReading {
  const d = c.date();
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  const shifted = weekdayOnly
    ? new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() - 7))
    : new Date(Date.UTC(d.getFullYear() - 1, d.getMonth(), d.getDate()));
  const value = day(shifted);
  return { ...reading, value: reading.precision === 'month' ? value.slice(0, 7) : reading.precision === 'year' ? value.slice(0, 4) : value };
}
