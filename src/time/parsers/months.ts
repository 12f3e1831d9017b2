import type { DateReading } from '../../model/index.js';
import { compareDays, isValidDay, type Day } from '../calendar.js';
import { dayReading, fixed, monthReading } from '../found.js';
import { MONTH_NAME, MONTH_WORDS, monthOf } from '../words.js';
import type { Parser } from './parser.js';

/** The month (or month-day) in year `y`, or null for a day the year does not have (Feb. 29). */
function read(y: number, m: number, d: number): DateReading | null {
  if (!d) return monthReading(y, m);
  return isValidDay(y, m, d) ? dayReading({ y, m, d }) : null;
}

/** The year of "last May" (the latest May before this month), "this May", "next May" (the first after it). */
function yearOf(word: string, m: number, d: number, ref: Day): number {
  const later = m > ref.m || (m === ref.m && d > ref.d);
  const earlier = m < ref.m || (m === ref.m && d > 0 && d < ref.d);
  if (word === 'this') return ref.y;
  if (word === 'next' || word === 'coming') return later ? ref.y : ref.y + 1;
  return earlier ? ref.y : ref.y - 1;
}

/** "last May", "this September", "next March": a month whose year a word before it gives. */
const modifiedMonths: Parser = {
  name: 'modified-month',
  triggers: [],
  capitalized: MONTH_WORDS,
  pattern: new RegExp(`\\b(this|last|next|coming|past)\\s+(${MONTH_NAME})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?!\\s*,?\\s*\\d{4})`, 'gi'),
  extract(m, ref) {
    if (m[2]![0] !== m[2]![0]!.toUpperCase()) return null;
    const month = monthOf(m[2]!);
    const d = m[3] ? Number(m[3]) : 0;
    const reading = read(yearOf(m[1]!.toLowerCase(), month, d, ref), month, d);
    return reading ? fixed(m.index, m[0], reading, ['period', 'relative']) : null;
  },
};

/** "July last year", "Oct. 23 this year": a month (or month-day) whose year the words after it give. */
const monthOfYear: Parser = {
  name: 'month-of-year',
  triggers: [],
  capitalized: MONTH_WORDS,
  pattern: new RegExp(`\\b(${MONTH_NAME})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(last|this|next)\\s+year\\b`, 'g'),
  extract(m, ref) {
    const rel = m[3]!.toLowerCase();
    const reading = read(ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), monthOf(m[1]!), m[2] ? Number(m[2]) : 0);
    return reading ? fixed(m.index, m[0], reading, ['period', 'relative']) : null;
  },
};

/** "in May", "until May": the month chrono leaves alone for fear of the modal, when a preposition says it is one. */
const may: Parser = {
  name: 'may',
  triggers: [],
  capitalized: ['may'],
  pattern: /(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Tt]hrough|[Oo]f|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his|[Nn]ext)[\s-])May\b(?!\s+\d)/g,
  extract(m, ref) {
    const past = monthReading(ref.m >= 5 ? ref.y : ref.y - 1, 5);
    const future = monthReading(ref.m <= 5 ? ref.y : ref.y + 1, 5);
    return { index: m.index, text: m[0], past, future, how: ['period', 'implied-year'], rank: 2 };
  },
};

/** The latest Feb. 29 on or before the reference day (`step` -1), or the first on or after it: up to eight years away. */
function leapDay(ref: Day, step: -1 | 1): Day {
  for (let y = ref.y; ; y += step) {
    const day = { y, m: 2, d: 29 };
    if (isValidDay(y, 2, 29) && (step < 0 ? compareDays(day, ref) <= 0 : compareDays(day, ref) >= 0)) return day;
  }
}

/** "Feb. 29" without a year: chrono reads it in the reference year and drops it when that year has none. */
const leapDays: Parser = {
  name: 'leap-day',
  triggers: [],
  capitalized: ['feb', 'feb.', 'february'],
  pattern: /\b(?:Feb\.?|February)\s+29(?:th)?\b(?!,?\s+\d{4})/g,
  extract(m, ref) {
    return { index: m.index, text: m[0], past: dayReading(leapDay(ref, -1)), future: dayReading(leapDay(ref, 1)), how: ['period', 'implied-year'], rank: 1 };
  },
};

/** Months whose year the words beside them give. */
export const MONTH_PARSERS: readonly Parser[] = [modifiedMonths, monthOfYear, may, leapDays];
