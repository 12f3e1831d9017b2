import type { DateReading } from '../../model/index.js';
import { addDays, addMonths, type Day } from '../calendar.js';
import { dayReading, fixed, monthReading, rangeReading, yearReading, type FoundDate } from '../found.js';
import { spanOf, weekReading } from '../periods.js';
import { COUNT, countOf } from '../words.js';
import type { Anaphoric, Parser } from './parser.js';
import { shiftPeriod } from './quarters.js';

const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'];

/** `n` units from a day, read at the unit's precision: "two years ago" is a year, "six weeks ago" a week. */
function shifted(day: Day, unit: string, n: number): DateReading {
  switch (unit) {
    case 'day': return dayReading(addDays(day, n));
    case 'week': return weekReading(addDays(day, 7 * n));
    case 'month': {
      const d = addMonths(day, n);
      return monthReading(d.y, d.m);
    }
    case 'decade': return yearReading(day.y + 10 * n);
    default: return yearReading(day.y + n);
  }
}

const VAGUE = /^(?:a few|several|some|many)$/i;
/** A quarter or half year, which "a year earlier" in financial copy refers to. */
const PERIOD = /-[QH]\d$/;

/**
 * "two days ago", "a year earlier", "three weeks later", "six months from now". "Earlier" and "later" count from
 * the story's last date when it has one ("In 2010 ... a year later"); "ago" from the reference day, except that
 * "a year ago" beside a quarter is that quarter a year before, as financial copy means it.
 */
const counted: Parser = {
  name: 'offset',
  triggers: ['ago', 'earlier', 'later', 'hence'],
  pattern: new RegExp(
    `\\b(?:(?:about|nearly|almost|some|more than|over|less than|roughly|around|just|only)\\s+)?(${COUNT.slice(1, -1)}|a few|several)\\s+(day|week|month|year|decade)s?\\s+(ago|earlier|later|before|after|from now|hence)(?=\\s*(?:[,.;:)'"’”]|$|and\\b|when\\b|in\\b|on\\b|at\\b|to\\b|that\\b)|(?<=(?:ago|earlier|later|from now|hence))\\s+(?:the|he|she|they|it|we|i)\\b)`,
    'gi',
  ),
  extract(m, ref): FoundDate | Anaphoric | null {
    const unit = m[2]!.toLowerCase();
    const word = m[3]!.toLowerCase();
    const back = word === 'ago' || word === 'earlier' || word === 'before';
    if (VAGUE.test(m[1]!)) return { index: m.index, text: m[0], past: null, future: null, how: ['offset'], timex: back ? 'PAST_REF' : 'FUTURE_REF', rank: 2 };
    const n = countOf(m[1]!) * (back ? -1 : 1);
    if (!Number.isFinite(n)) return null;
    const found = fixed(m.index, m[0], shifted(ref, unit, n), ['offset', 'relative'], 2);
    const anaphoric = word !== 'ago' && word !== 'from now' && word !== 'hence';
    const yearly = unit === 'year' && Math.abs(n) === 1;
    if (!anaphoric && !yearly) return found;
    return {
      ...found,
      how: anaphoric ? [...found.how, 'anaphoric'] : found.how,
      ...(yearly ? { prefer: { timex: PERIOD, only: !anaphoric } } : {}),
      reanchor: (a) => (yearly && PERIOD.test(a.timex ?? '') ? shiftPeriod(a, n) : anaphoric ? shifted(spanOf(a)[0], unit, n) : null),
    };
  },
};

/** "the next day", "the day before", "that day", "earlier that week", "the day before yesterday". */
const sameOrNext: Parser = {
  name: 'anaphoric-day',
  triggers: ['day', 'morning', 'evening', 'night', 'week', 'month', 'year'],
  pattern: /\b(?:(the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|(?:(?:earlier|later)\s+)?(?:(that|the\s+same)|the\s+(next|following|previous|preceding)|the\s+(day)\s+(before|after)(?=\s*(?:[,.;:)]|$)))\s*(day|morning|afternoon|evening|night|week|month|year)?)\b/gi,
  extract(m, ref): Anaphoric | FoundDate | null {
    if (m[1]) return fixed(m.index, m[1], dayReading(addDays(ref, /before/i.test(m[1]) ? -2 : 2)), ['offset', 'relative']);
    const unitWord = (m[4] ? 'day' : m[6])?.toLowerCase();
    if (!unitWord) return null;
    const unit = /morning|afternoon|evening|night/.test(unitWord) ? 'day' : unitWord;
    const which = (m[3] ?? m[5] ?? '').toLowerCase();
    const step = /next|following|after/.test(which) ? 1 : /previous|preceding|before/.test(which) ? -1 : 0;
    const found = fixed(m.index, m[0], shifted(ref, unit, step), ['offset', 'relative', 'anaphoric'], 2);
    return { ...found, reanchor: (a) => shifted(spanOf(a)[0], unit, step) };
  },
};

/**
 * "for three years", "in the past two weeks", "over the next five years", "the last decade": a stretch of time
 * ending (or starting) at the reference day. Which end holds is the clause's business: the past reading ends
 * at the reference day, the future reading starts there. TimeML calls these durations, not dates.
 */
const durations: Parser = {
  name: 'duration',
  triggers: UNITS,
  pattern: new RegExp(
    `\\b(?:(?:for|over|in|during|within|throughout)\\s+)?(?:the\\s+)?(?:(past|last|previous|next|coming|first)\\s+)?(${COUNT.slice(1, -1)}|few|several)\\s+(day|week|month|year|decade)s?\\b(?![-–]|\\s+(?:ago|earlier|later|before|after|old|of|from)\\b)`,
    'gi',
  ),
  extract(m, ref) {
    const rel = m[1]?.toLowerCase();
    const text = m[0];
    if (!rel && !/^(?:for|over|during|throughout)\s/i.test(text)) return null;
    if (rel === 'first') return null;
    const n = countOf(m[2]!);
    const unit = m[3]!.toLowerCase();
    const timex = `P${Number.isFinite(n) ? n * (unit === 'decade' ? 10 : 1) : 'X'}${unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y'}`;
    if (!Number.isFinite(n)) return { index: m.index, text, past: null, future: null, how: ['duration'], timex, rank: 3 };
    const step = (k: number) => (unit === 'day' ? addDays(ref, k * n) : unit === 'week' ? addDays(ref, 7 * k * n)
      : addMonths(ref, k * n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120)));
    const past = rangeReading(step(-1), ref, timex);
    const future = rangeReading(ref, step(1), timex);
    const ahead_ = rel === 'next' || rel === 'coming';
    const behind = rel === 'past' || rel === 'last' || rel === 'previous';
    return {
      index: m.index, text, past: ahead_ ? future : past, future: behind ? past : future, how: ['duration', 'relative'], rank: 3,
    };
  },
};

/**
 * "Russia's years of military support", "after decades of war": an uncounted stretch of time that has run up to
 * now or ended before it. It names no date; events in it are dated no later than the reference day.
 */
const openDurations: Parser = {
  name: 'open-duration',
  triggers: ['years', 'decades', 'months', 'weeks'],
  pattern: /(?<=(?:'s|’s|\b(?:its|their|his|her|after|despite|following|amid|over|of|with|ending))\s+)(years|decades|months|weeks)\s+of\b/gi,
  extract(m) {
    const unit = m[1]!.toLowerCase();
    const timex = unit === 'decades' ? 'PXDE' : `PX${unit[0]!.toUpperCase()}`;
    return { index: m.index, text: m[0], past: null, future: null, how: ['duration', 'open'], timex, rank: 3 };
  },
};

/** Offsets from the reference day or from the story's last date, and durations anchored at the reference day. */
export const OFFSET_PARSERS: readonly Parser[] = [counted, sameOrNext, durations, openDurations];
