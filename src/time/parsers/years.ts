import { rangeReading, fixed, yearReading, type FoundDate } from '../found.js';
import { decadeReading } from '../periods.js';
import { DECADE_WORDS } from '../words.js';
import type { Parser } from './parser.js';

const YEAR_TOKEN = /^(?:fy)?(?:1[6-9]|20)\d\d(?:s)?$|^'\d0s$/i;
/** Counted things that follow a number, not a year: "2000 troops". */
const QUANTITY = '(?:%|percent|per cent|people|troops|soldiers|civilians|members|workers|residents|units|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|dollars|euros|barrels|votes|cases|deaths|refugees|migrants|children|men|women|households|homes|acres|hectares|points|shares|jobs|employees|students|prisoners|fighters|rockets|missiles|drones)\\b';
const HEDGE = '(?:about|some|nearly|almost|around|approximately|roughly|than|over|under|only|just)';

/** "2024", "in 1990", "fiscal 1989", "FY2024": a year, not a count ("2,000", "$1990", "some 2000 troops"). */
const years: Parser = {
  name: 'year',
  triggers: [],
  digits: YEAR_TOKEN,
  pattern: new RegExp(
    `(?<![$£€#\\w.,:/'’-]|${HEDGE}\\s)(?:(?:fiscal|calendar)\\s+|FY\\s?)?((?:1[6-9]|20)\\d\\d)(?:[-–]((?:1[6-9]|20)?\\d\\d))?(?![\\w%]|[.,]\\d|\\s+${QUANTITY})`,
    'gi',
  ),
  extract(m) {
    const first = Number(m[1]);
    if (!m[2]) return fixed(m.index, m[0], yearReading(first), ['period']);
    // "2019-2021", "2019-21": a span of years.
    const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (last <= first) return null;
    return fixed(m.index, m[0], rangeReading({ y: first, m: 1, d: 1 }, { y: last, m: 12, d: 31 }, String(first)), ['period', 'range']);
  },
};

function decade(index: number, text: string, first: number, modifier: string | undefined, how: string[]): FoundDate {
  const whole = decadeReading(first);
  if (!modifier) return fixed(index, text, whole, how);
  const mod = modifier.toLowerCase();
  const [from, to] = mod === 'early' ? [0, 3] : mod === 'mid' ? [3, 6] : [7, 9];
  const reading = rangeReading({ y: first + from, m: 1, d: 1 }, { y: first + to, m: 12, d: 31 }, whole.timex!, whole.value);
  return fixed(index, text, reading, [...how, 'fuzzy']);
}

/** "the 1990s", "the early 2000s", "the '90s", "the nineties". A two-digit decade is the latest one by then. */
const decades: Parser = {
  name: 'decade',
  triggers: Object.keys(DECADE_WORDS),
  digits: /\d0s$/i,
  pattern: /\b(?:the\s+)?(?:(early|mid|late)[- ]?)?(?:((?:1[6-9]|20)\d0)s\b|'(\d)0s\b|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/gi,
  extract(m, ref) {
    if (m[2]) return decade(m.index, m[0], Number(m[2]), m[1], ['period']);
    const within = m[3] ? Number(m[3]) * 10 : DECADE_WORDS[m[4]!.toLowerCase()]!;
    let first = Math.floor(ref.y / 100) * 100 + within;
    if (first > ref.y) first -= 100;
    return decade(m.index, m[0], first, m[1], ['period', 'implied-year']);
  },
};

/** "the 20th century" (1900-1999, as TimeML counts it), "this century", "last century". */
const centuries: Parser = {
  name: 'century',
  triggers: ['century'],
  pattern: /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(this|last|next|the past|the previous))[- ]century\b/gi,
  extract(m, ref) {
    const ordinal = m[1] ? Number(m[1]) : 0;
    const rel = m[2]?.toLowerCase() ?? '';
    const base = Math.floor(ref.y / 100);
    const hundreds = ordinal ? ordinal - 1 : rel === 'this' ? base : rel === 'next' ? base + 1 : base - 1;
    const reading = rangeReading({ y: hundreds * 100, m: 1, d: 1 }, { y: hundreds * 100 + 99, m: 12, d: 31 }, String(hundreds));
    return fixed(m.index, m[0], reading, ordinal ? ['period'] : ['period', 'relative']);
  },
};

/** Years, decades and centuries. */
export const YEAR_PARSERS: readonly Parser[] = [years, decades, centuries];
