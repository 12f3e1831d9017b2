import type { DateReading } from '../../model/index.js';
import { addDays, addMonths, iso, weekday, type Day } from '../calendar.js';
import { fixed, monthReading, yearReading, type FoundDate } from '../found.js';
import { decadeReading, seasonReading, spanOf, weekReading, weekendReading } from '../periods.js';
import type { Anaphoric, Parser } from './parser.js';

const BACK = new Set(['last', 'past', 'previous', 'preceding']);
const AHEAD = new Set(['next', 'coming', 'upcoming', 'following']);
/** Counted from the story's last date, not from the reference day: "the following year", "the same month". */
const ANAPHORIC = new Set(['following', 'same', 'preceding', 'previous']);

/** The period `step` units (year, month, week, weekend, decade) from the one holding `day`. */
export function unitReading(unit: string, day: Day, step: number): DateReading {
  switch (unit) {
    case 'year': return yearReading(day.y + step);
    case 'month': {
      const d = addMonths({ ...day, d: 1 }, step);
      return monthReading(d.y, d.m);
    }
    case 'week': return weekReading(addDays(day, 7 * step));
    case 'weekend': return weekendReading(addDays(day, 7 * step));
    default: return decadeReading(Math.floor(day.y / 10) * 10 + 10 * step);
  }
}

/** Weeks to step for a weekend: "coming" is this week's on a weekday, "last" always the week before's. */
function weekendStep(word: string, ref: Day): number {
  const inWeekend = weekday(ref) === 0 || weekday(ref) === 6;
  if (BACK.has(word)) return -1;
  if (word === 'next') return 1;
  return AHEAD.has(word) && inWeekend ? 1 : 0;
}

/** "this year", "last month", "next week", "earlier this month", "the past year", "the following week". */
const relativeUnits: Parser = {
  name: 'relative-unit',
  triggers: ['year', 'month', 'week', 'weekend', 'decade'],
  pattern: /\b(?:(?:earlier|later)\s+)?(?:the\s+)?(this|last|next|past|previous|coming|current|following|same|preceding|upcoming)\s+(year|month|week|weekend|decade)\b(?![-–]|\s+(?:or\b|of\b))/gi,
  extract(m, ref): FoundDate | Anaphoric {
    const word = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    const step = unit === 'weekend' ? weekendStep(word, ref) : BACK.has(word) ? -1 : AHEAD.has(word) ? 1 : 0;
    const found = fixed(m.index, m[0], unitReading(unit, ref, step), ['period', 'relative']);
    if (!ANAPHORIC.has(word) || !/^the\b/i.test(m[0])) return found;
    return { ...found, how: [...found.how, 'anaphoric'], reanchor: (a) => unitReading(unit, spanOf(a)[0], step) };
  },
};

/** "the year", "the fiscal year", "the current year", "the month": the current one, or the one the story is about. */
const theUnit: Parser = {
  name: 'the-unit',
  triggers: ['year', 'month'],
  pattern: /\b(?:(?:earlier|later)\s+in\s+)?the\s+(?:(full|current|latest|calendar)\s+)?(?:fiscal\s+)?(year|month)\b(?![-–'’]|\s+(?:ended|ending|before|after|earlier|ago|to\b|of\b|in\b|or\b|and\b|\d))/gi,
  extract(m, ref): Anaphoric | FoundDate {
    const unit = m[2]!.toLowerCase();
    const which = m[1]?.toLowerCase();
    if (which === 'current' || which === 'latest') return fixed(m.index, m[0], unitReading(unit, ref, which === 'latest' ? -1 : 0), ['period', 'relative']);
    const found = fixed(m.index, m[0], unitReading(unit, ref, 0), ['period', 'relative', 'anaphoric'], 3);
    // The year of a story told day by day, not of a comparison with another year.
    return { ...found, reanchor: (a) => (a.precision === 'day' || a.precision === 'month' ? unitReading(unit, spanOf(a)[0], 0) : null) };
  },
};

/** The season in the reference year ("this winter" in January is the one that began in December). */
function thisSeason(season: string, ref: Day): DateReading {
  return seasonReading(season === 'winter' && ref.m <= 2 ? ref.y - 1 : ref.y, season);
}

/** The latest season of this name begun by the reference day (or ended, when `ended`), or the next to begin. */
function seasonNear(season: string, ref: Day, step: -1 | 1, ended: boolean): DateReading {
  const day = iso(ref);
  const candidates = [-2, -1, 0, 1, 2].map((k) => seasonReading(ref.y + k, season));
  if (step === 1) return candidates.find((c) => c.start! > day)!;
  return candidates.filter((c) => (ended ? c.end! < day : c.start! <= day)).at(-1)!;
}

/** "last spring", "this summer", "in the fall", "the winter of 1994", "spring 2024". Capitalised "Arab Spring" is not a season. */
const seasons: Parser = {
  name: 'season',
  triggers: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  pattern: /\b(?:(this|last|next|past|coming)\s+|(?:in|during|over|by|until|through|since)\s+the\s+|(?:in|during|since|until|by)\s+)?(?:(?:early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:1[6-9]|20)\d\d)\b)?/g,
  extract(m, ref) {
    const season = m[2]!;
    const text = m[0];
    if (m[3]) return fixed(m.index, text, seasonReading(Number(m[3]), season), ['period']);
    const word = m[1];
    if (!word && !/^(?:in|during|over|by|until|through|since)\s/.test(text)) return null;
    if (word === 'this') return fixed(m.index, text, thisSeason(season, ref), ['period', 'relative']);
    if (word === 'next' || word === 'coming') return fixed(m.index, text, seasonNear(season, ref, 1, false), ['period', 'relative']);
    if (word === 'last' || word === 'past') return fixed(m.index, text, seasonNear(season, ref, -1, true), ['period', 'relative']);
    // "in the summer": the one begun by now, or the next when the last has ended.
    const past = seasonNear(season, ref, -1, false);
    const future = past.end! >= iso(ref) ? past : seasonNear(season, ref, 1, false);
    return { index: m.index, text, past, future, how: ['period', 'implied-year'], rank: 1 };
  },
};

/** "the weekend", "over the weekend": the one just past, or the one coming. */
const theWeekend: Parser = {
  name: 'weekend',
  triggers: ['weekend'],
  pattern: /\b(?:over\s+)?the\s+weekend\b/gi,
  extract(m, ref) {
    const inWeekend = weekday(ref) === 0 || weekday(ref) === 6;
    const past = weekendReading(inWeekend ? ref : addDays(ref, -7));
    const future = weekendReading(ref);
    return { index: m.index, text: m[0], past, future, how: ['period', 'relative'], rank: 1 };
  },
};

/** Relative periods: this/last/next year, month, week, weekend and decade; seasons; the weekend. */
export const UNIT_PARSERS: readonly Parser[] = [relativeUnits, theUnit, seasons, theWeekend];
