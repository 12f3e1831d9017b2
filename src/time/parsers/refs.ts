import type { FoundDate } from '../found.js';
import type { Parser } from './parser.js';

/**
 * Words that place something in the present, past or future without naming a date: TimeML's `*_REF` values.
 * "previously" and "soon" are left out: TimeBank's annotators seldom marked them.
 */
const REFS: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'at present': 'PRESENT_REF', presently: 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF',
  'in the past': 'PAST_REF', 'the past': 'PAST_REF', 'in recent years': 'PAST_REF', 'recent years': 'PAST_REF',
  'recent months': 'PAST_REF', 'recent weeks': 'PAST_REF', 'recent days': 'PAST_REF', 'more recently': 'PAST_REF',
  'the future': 'FUTURE_REF', 'in future': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  'the coming months': 'FUTURE_REF', 'the coming weeks': 'FUTURE_REF', 'the coming days': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF', 'coming months': 'FUTURE_REF', 'coming weeks': 'FUTURE_REF', 'coming days': 'FUTURE_REF',
};

/** "now", "recently", "the future": no date, only a direction; events are not dated by them. */
const refs: Parser = {
  name: 'ref',
  triggers: ['now', 'currently', 'current', 'days', 'nowadays', 'present', 'presently', 'moment', 'recently', 'recent', 'lately',
    'past', 'future', 'term', 'months', 'weeks', 'years'],
  pattern: /\b(?:right now|now(?![-–])|currently|current(?!\s+(?:account|affairs|events)\b|[-–])|these days|nowadays|at present|presently|at the moment|(?:more\s+)?recently|(?:in\s+)?recent\s+(?:years|months|weeks|days)|recent|lately|(?:in\s+)?the\s+past(?!\s+(?:\d|few|several|year|month|week|decade|two|three|four|five|six|seven|eight|nine|ten|day)\b)|(?:in\s+)?(?:the\s+)?(?:near\s+)?future|in future|the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:months|weeks|days|years))\b/gi,
  extract(m): FoundDate | null {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ').replace(/^in (?=the past|recent|the future|the near|future)/, '');
    const timex = REFS[key] ?? (/future/.test(key) ? 'FUTURE_REF' : /recent/.test(key) ? 'PAST_REF' : undefined);
    // "future" as a bare adjective ("future talks") names no time.
    if (!timex || key === 'future') return null;
    return { index: m.index, text: m[0], past: null, future: null, how: ['ref'], timex, rank: 3 };
  },
};

/** Present, past and future references. */
export const REF_PARSERS: readonly Parser[] = [refs];
