import type { DateReading } from '../../model/index.js';
import { daysBetween, iso, parseDay, type Day } from '../calendar.js';
import { fixed, yearReading, type FoundDate } from '../found.js';
import { halfReading, quarterOf, quarterReading } from '../periods.js';
import { MONTH_NAME, monthOf, ORDINALS } from '../words.js';
import type { Anaphoric, Parser } from './parser.js';

/** How long after a quarter ends its results are news: "will report third-quarter results" in October is the last one. */
const REPORTING = 92;

/** The quarter (or half) `n` of the year, past or future of the reference day when the year is not given. */
function implied(ref: Day, n: number, half: boolean): { past: DateReading; future: DateReading } {
  const read = (y: number) => (half ? halfReading(y, n) : quarterReading(y, n));
  const day = iso(ref);
  const here = read(ref.y);
  const past = here.start! <= day ? here : read(ref.y - 1);
  const reported = daysBetween(parseDay(past.end!)!, ref) <= REPORTING;
  return { past, future: here.end! >= day || reported ? (reported ? past : here) : read(ref.y + 1) };
}

/** The last quarter to have ended by the reference day, `back` quarters further back. */
function completed(ref: Day, back = 0): DateReading {
  const index = ref.y * 4 + quarterOf(ref.m) - 2 - back;
  return quarterReading(Math.floor(index / 4), (index % 4) + 1);
}

/** The period one year (`years` -1) or one quarter (`quarters` -1) before a quarter, half or year reading. */
export function shiftPeriod(a: DateReading, years: number, quarters = 0): DateReading | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(a.timex ?? '');
  if (q) {
    const index = (Number(q[1]) + years) * 4 + Number(q[2]) - 1 + quarters;
    return quarterReading(Math.floor(index / 4), (index % 4) + 1);
  }
  if (quarters !== 0) return null;
  const h = /^(\d{4})-H([12])$/.exec(a.timex ?? '');
  if (h) return halfReading(Number(h[1]) + years, Number(h[2]));
  return a.precision === 'year' ? yearReading(Number(a.value) + years) : null;
}

/** "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "next year's first quarter", "the first half". */
const ordinalQuarters: Parser = {
  name: 'quarter',
  triggers: ['quarter', 'quarters', 'half'],
  pattern: /\b(?:the\s+)?(?:((?:19|20)\d\d)(?:'s)?\s+|(this|last|next)\s+year's\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=\s+(?:quarter|half)\s+of\b))[-\s]+(quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d)\b|\s+of\s+(this|last|next)\s+year\b|,?\s+((?:19|20)\d\d)\b)?/gi,
  extract(m, ref) {
    const half = m[4]!.toLowerCase() === 'half';
    const n = /^(?:final|last)$/i.test(m[3]!) ? (half ? 2 : 4) : ORDINALS[m[3]!.toLowerCase()]!;
    if (half && n > 2) return null;
    const read = (y: number) => (half ? halfReading(y, n) : quarterReading(y, n));
    const stated = m[1] ?? m[5] ?? m[7];
    if (stated) return fixed(m.index, m[0], read(Number(stated)), ['period']);
    const rel = (m[2] ?? m[6])?.toLowerCase();
    if (rel) return fixed(m.index, m[0], read(ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)), ['period', 'relative']);
    return { index: m.index, text: m[0], ...implied(ref, n, half), how: ['period', 'implied-year'], rank: 1 };
  },
};

/** The quarter "the quarter ended Sept. 30" names: the one that ends in that month, by the reference day. */
function endingIn(month: string, ref: Day): DateReading {
  const q = quarterOf(monthOf(month));
  const here = quarterReading(ref.y, q);
  return here.start! <= iso(ref) ? here : quarterReading(ref.y - 1, q);
}

/**
 * "the latest quarter", "the year-earlier period", "the previous quarter", "the quarter", "the 1988 quarter", "last
 * year's quarter": quarters named by their place, most of them counted from the quarter the story is about.
 */
const namedQuarters: Parser = {
  name: 'named-quarter',
  triggers: ['quarter', 'period', 'year', 'year-earlier', 'year-ago'],
  pattern: new RegExp(
    '\\b(?:the\\s+)?(?:(latest|current|previous|prior|recent|most\\s+recent|last|same|year-earlier|year-ago|comparable|corresponding|year-before)\\s+(?:fiscal\\s+)?(quarter|period)'
    + "|((?:19|20)\\d\\d|(?:this|last|next)\\s+year[’']s)\\s+(?:fiscal\\s+)?(quarter|period)"
    + `|(?<=\\bthe\\s)(quarter)(?:(?=\\s+end(?:ed|ing)\\s+(${MONTH_NAME}))|(?!\\s+(?:of|century|mile|point|million|billion|percent)\\b))`
    + '|(year-(?:earlier|ago)))\\b',
    'gi',
  ),
  extract(m, ref): FoundDate | Anaphoric | null {
    const how = ['period', 'relative', 'anaphoric'];
    const inQuarter = (y: number) => (a: DateReading) => {
      const q = /^\d{4}-Q([1-4])$/.exec(a.timex ?? '');
      return q ? quarterReading(y, Number(q[1])) : null;
    };
    if (m[3]) {
      const year = /^\d/.test(m[3]) ? Number(m[3]) : ref.y + (/^last/i.test(m[3]) ? -1 : /^next/i.test(m[3]) ? 1 : 0);
      const found = fixed(m.index, m[0], quarterReading(year, quarterOf(ref.m)), how);
      return { ...found, prefer: { timex: /-Q\d$/, only: false }, reanchor: inQuarter(year) };
    }
    if (m[5]) {
      if (m[6]) return fixed(m.index, m[0], endingIn(m[6], ref), ['period', 'relative']);
      return { ...fixed(m.index, m[0], completed(ref), how, 2), reanchor: (a) => (/Q/.test(a.timex ?? '') ? a : null) };
    }
    const word = (m[1] ?? m[7])!.toLowerCase().replace(/\s+/g, ' ');
    if (m[2]?.toLowerCase() === 'period' && !/year|same|comparable|corresponding|latest|recent/.test(word)) return null;
    if (word === 'current') return fixed(m.index, m[0], quarterReading(ref.y, quarterOf(ref.m)), ['period', 'relative']);
    if (word === 'previous' || word === 'prior') {
      return { ...fixed(m.index, m[0], completed(ref, 1), how), reanchor: (a) => shiftPeriod(a, 0, -1) };
    }
    if (/year|same|comparable|corresponding/.test(word)) {
      const fallback = m[7] ? yearReading(ref.y - 1) : shiftPeriod(completed(ref), -1)!;
      return {
        ...fixed(m.index, m[0], fallback, how), prefer: { timex: /-[QH]\d$/, only: false },
        reanchor: (a) => (word === 'same' ? shiftPeriod(a, 0) : shiftPeriod(a, -1)),
      };
    }
    // "the latest quarter", "last quarter": the last to have ended.
    return fixed(m.index, m[0], completed(ref), ['period', 'relative']);
  },
};

/** "Q3", "Q3 2025", "3Q". */
const shortQuarters: Parser = {
  name: 'short-quarter',
  triggers: ['q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q'],
  pattern: /\b(?:Q([1-4])|([1-4])Q)(?:\s+((?:19|20)\d\d))?\b/g,
  extract(m, ref) {
    const n = Number(m[1] ?? m[2]);
    if (m[3]) return fixed(m.index, m[0], quarterReading(Number(m[3]), n), ['period']);
    return { index: m.index, text: m[0], ...implied(ref, n, false), how: ['period', 'implied-year'], rank: 1 };
  },
};

/** Quarters and halves of the year. */
export const QUARTER_PARSERS: readonly Parser[] = [ordinalQuarters, namedQuarters, shortQuarters];
