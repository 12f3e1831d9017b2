import { addDays, compareDays, isValidDay, weekday, type Day } from '../calendar.js';
import { dayReading, fixed, type FoundDate } from '../found.js';
import type { Parser } from './parser.js';

/** Holidays by their day in a year: fixed days, and Thanksgiving (the fourth Thursday of November, US). */
const HOLIDAYS: Readonly<Record<string, (y: number) => Day>> = {
  'christmas': (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'thanksgiving': thanksgiving,
  'thanksgiving day': thanksgiving,
};

function thanksgiving(y: number): Day {
  const first = { y, m: 11, d: 1 };
  return addDays(first, ((4 - weekday(first) + 7) % 7) + 21);
}

/** The holiday on or before the reference day (`step` -1), or on or after it (1). */
function holidayNear(day: (y: number) => Day, ref: Day, step: -1 | 1): Day {
  const here = day(ref.y);
  const ok = step < 0 ? compareDays(here, ref) <= 0 : compareDays(here, ref) >= 0;
  return ok ? here : day(ref.y + step);
}

/** "Christmas", "last Thanksgiving", "New Year's Eve", "Christmas 2024". */
const holidays: Parser = {
  name: 'holiday',
  triggers: ['christmas', 'thanksgiving'],
  capitalized: ['new'],
  pattern: /\b(?:(last|this|next)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?)(?:,?\s+((?:19|20)\d\d))?\b/g,
  extract(m, ref): FoundDate {
    const day = HOLIDAYS[m[2]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")]!;
    if (m[3]) return fixed(m.index, m[0], dayReading(day(Number(m[3]))), ['period']);
    const past = dayReading(holidayNear(day, m[1] === 'last' ? addDays(ref, -1) : ref, -1));
    const future = dayReading(holidayNear(day, m[1] === 'next' ? addDays(ref, 1) : ref, 1));
    if (m[1] === 'last') return fixed(m.index, m[0], past, ['period', 'relative']);
    if (m[1]) return fixed(m.index, m[0], future, ['period', 'relative']);
    return { index: m.index, text: m[0], past, future, how: ['period', 'implied-year'], rank: 1 };
  },
};

/** "on the 15th": a day of the reference month, or of the month before or after. */
const dayOfMonth: Parser = {
  name: 'day-of-month',
  triggers: [],
  digits: /^\d{1,2}(?:st|nd|rd|th)$/,
  pattern: /(?<=\b(?:on|by|until|since|before|after|from|through|till)\s)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|floor|time|round|day|of|and|minute|hour|straight|consecutive|largest|biggest|most|best)\b|[-–])/gi,
  extract(m, ref) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const near = (step: -1 | 1): Day | null => {
      for (let k = 0, y = ref.y, mo = ref.m; k < 3; k++) {
        if (isValidDay(y, mo, d) && (step < 0 ? compareDays({ y, m: mo, d }, ref) <= 0 : compareDays({ y, m: mo, d }, ref) >= 0)) return { y, m: mo, d };
        mo += step;
        if (mo === 0) [y, mo] = [y - 1, 12];
        if (mo === 13) [y, mo] = [y + 1, 1];
      }
      return null;
    };
    const past = near(-1);
    const future = near(1);
    if (!past || !future) return null;
    return { index: m.index, text: m[0], past: dayReading(past), future: dayReading(future), how: ['period', 'implied-year', 'relative'], rank: 1 };
  },
};

/** Holidays and days of the month. */
export const DAY_PARSERS: readonly Parser[] = [holidays, dayOfMonth];
