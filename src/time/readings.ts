import * as chrono from 'chrono-node';
import type { DateReading } from '../model/index.js';
import { addDays, compareDays, isValidDay, iso, weekday, type Day } from './calendar.js';
import { dayReading, monthReading, yearReading, type FoundDate } from './found.js';

/**
 * chrono's parsers that annals replaces with its own (they read durations and relative periods at day precision:
 * "for three years" as a day three years on) and the refiner that merges ranges (annals' range refiner does).
 */
const REPLACED = new Set([
  'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser', 'ENEndOfCurrentMonthParser',
  'ENMergeDateRangeRefiner',
]);

/**
 * The chrono instance annals uses: the casual English configuration without the parsers annals replaces (matched
 * by class name, as chrono-node ships them unminified).
 */
export function createChrono(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration();
  config.parsers = config.parsers.filter((p) => !REPLACED.has(p.constructor.name));
  config.refiners = config.refiners.filter((r) => !REPLACED.has(r.constructor.name));
  return new chrono.Chrono(config);
}

/** The reference instant chrono reads against: noon UTC of the reference day, so no time zone moves it. */
export function referenceDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const STATED_YEAR = /\b\d{4}\b|'\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2}\b/;
const MODIFIED = /\b(?:this|last|next|past|coming)\b/i;
const TIME_OF_DAY: Record<string, string> = {
  'casualReference/morning': 'MO', 'casualReference/afternoon': 'AF', 'casualReference/evening': 'EV',
  'casualReference/tonight': 'NI', 'casualReference/noon': 'T12:00', 'casualReference/midnight': 'T00:00',
};

/** The latest day on or before `ref` (or the earliest on or after) with this month and day; Feb 29 looks years away. */
function monthDay(m: number, d: number, ref: Day, step: -1 | 1): Day | null {
  for (let y = ref.y, k = 0; k < 9; k++, y += step) {
    if (!isValidDay(y, m, d)) continue;
    const day = { y, m, d };
    if (step < 0 ? compareDays(day, ref) <= 0 : compareDays(day, ref) >= 0) return day;
  }
  return null;
}

/** The latest day on or before `ref` with this weekday (0 Sunday), or the earliest on or after. */
function weekdayNear(target: number, ref: Day, step: -1 | 1): Day {
  const delta = step < 0 ? -((weekday(ref) - target + 7) % 7) : (target - weekday(ref) + 7) % 7;
  return addDays(ref, delta);
}

function timeOf(result: chrono.ParsedResult): string {
  const c = result.start;
  if (c.isCertain('hour')) {
    return `T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
  }
  for (const tag of result.tags()) {
    const t = TIME_OF_DAY[tag];
    if (t) return /night/i.test(result.text) && t === 'EV' ? 'NI' : t;
  }
  return /last\s*night/i.test(result.text) ? 'NI' : '';
}

/** Readings of one chrono result, derived from what chrono knows rather than from a second parse. */
function derive(result: chrono.ParsedResult, ref: Day): Pick<FoundDate, 'past' | 'future' | 'how'> | null {
  const c = result.start;
  const text = result.text;
  const time = timeOf(result);
  const has = (k: chrono.Component) => c.isCertain(k);
  const y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.get('day')!;
  if (/last\s*night/i.test(text)) return both(dayReading(addDays(ref, -1), 'NI'), ['chrono', 'relative']);
  if (has('day') && has('month')) {
    if (has('year')) return both(dayReading({ y, m, d }, time), STATED_YEAR.test(text) ? ['chrono'] : ['chrono', 'relative']);
    let past = monthDay(m, d, ref, -1);
    let future = monthDay(m, d, ref, 1);
    // "Monday, Oct. 26": the weekday picks the year.
    if (has('weekday')) {
      const w = c.get('weekday');
      if (past && weekday(past) === w && !(future && weekday(future) === w)) future = past;
      else if (future && weekday(future) === w && !(past && weekday(past) === w)) past = future;
    }
    if (!past || !future) return null;
    return { past: dayReading(past, time), future: dayReading(future, time), how: ['chrono', 'implied-year'] };
  }
  if (has('weekday')) {
    if (MODIFIED.test(text)) return both(dayReading({ y, m, d }, time), ['chrono', 'relative']);
    const w = c.get('weekday')!;
    return { past: dayReading(weekdayNear(w, ref, -1), time), future: dayReading(weekdayNear(w, ref, 1), time), how: ['chrono', 'relative'] };
  }
  if (has('month')) {
    if (has('year')) return both(monthReading(y, m), ['chrono']);
    const py = m <= ref.m ? ref.y : ref.y - 1;
    const fy = m >= ref.m ? ref.y : ref.y + 1;
    return { past: monthReading(py, m), future: monthReading(fy, m), how: ['chrono', 'implied-year'] };
  }
  if (has('year')) return both(yearReading(y), ['chrono']);
  // "this morning", "tonight": a time of day today.
  if (time && /^(?:this|to)/i.test(text.trim())) return both(dayReading(ref, time), ['chrono', 'relative']);
  return null;
}

function both(reading: DateReading, how: string[]): Pick<FoundDate, 'past' | 'future' | 'how'> {
  return { past: reading, future: reading, how };
}

/** Results chrono proposes that are not dates in news text. */
function unlikely(result: chrono.ParsedResult, text: string): boolean {
  const t = result.text;
  if (/^\d{1,4}$/.test(t.trim()) || /^now$/i.test(t.trim())) return true;
  // Month names in lower case are verbs and modals ("may", "march").
  const month = MONTH_WORD.exec(t);
  if (month && month[0][0] === month[0][0]!.toLowerCase() && !/\d/.test(t.replace(month[0], ''))) return true;
  if (month && /^(?:may|march)$/i.test(month[0]) && month[0][0] === 'm') return true;
  // "the Sunday Times", "Sunday Telegraph": a weekday naming something. "Sun", "Wed" alone are names, not days.
  if (/^\s*(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(t) && /^\s+[A-Z][a-z]/.test(text.slice(result.index + t.length))) return true;
  if (/^\s*(?:on\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/.test(t)) return true;
  // "1/2" and "3/4" are fractions more often than dates.
  if (/^\d{1,2}\/\d{1,2}$/.test(t.trim())) return true;
  return /weekend/i.test(t);
}

/**
 * Day-level expressions of a text through chrono, parsed once: weekdays, month-days, months, casual days
 * ("yesterday", "tonight") and times of day. An expression without a year ("October 15") or week ("Wednesday")
 * gets a past and a future reading; which holds is the clause's business.
 */
export function chronoDates(parser: chrono.Chrono, text: string, ref: Day): FoundDate[] {
  const out: FoundDate[] = [];
  for (const result of parser.parse(text, { instant: referenceDate(iso(ref)), timezone: 0 })) {
    if (unlikely(result, text)) continue;
    const readings = derive(result, ref);
    if (!readings) continue;
    const trimmed = result.text.replace(/^[,(\s]+/, '').replace(/[,)\s.]+$/, '');
    out.push({ index: result.index + result.text.indexOf(trimmed), text: trimmed, ...readings, rank: 2 });
  }
  return out;
}
