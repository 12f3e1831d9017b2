import type { Token } from '../../model/index.js';
import type { Day } from '../calendar.js';
import type { FoundDate } from '../found.js';
import { DAY_PARSERS } from './days.js';
import { FUZZY_PARSERS } from './fuzzy.js';
import { MONTH_PARSERS } from './months.js';
import { OFFSET_PARSERS } from './offsets.js';
import { runParser, type Parser } from './parser.js';
import { QUARTER_PARSERS } from './quarters.js';
import { REF_PARSERS } from './refs.js';
import { UNIT_PARSERS } from './units.js';
import { YEAR_PARSERS } from './years.js';

export type { Anaphoric, Parser } from './parser.js';

/** annals' own parsers, for what chrono does not read: years, periods, parts of periods, offsets, references. */
export const PARSERS: readonly Parser[] = [
  ...YEAR_PARSERS, ...MONTH_PARSERS, ...UNIT_PARSERS, ...QUARTER_PARSERS, ...FUZZY_PARSERS, ...OFFSET_PARSERS, ...DAY_PARSERS, ...REF_PARSERS,
];

/** Which parsers a token can wake: a bit per parser. */
export interface TriggerIndex {
  words: Map<string, number>;
  /** Words that wake a parser only when capitalised ("May", not the modal "may"). */
  capitalized: Map<string, number>;
  digits: { test: RegExp; bit: number }[];
}

/** What wakes a parser: lower-case words, words that count only capitalised, a test for tokens with digits. */
export type Triggers = Pick<Parser, 'triggers' | 'digits' | 'capitalized'>;

/** Index the parsers' trigger words and digit tests (at most 31 parsers: one bit each). */
export function triggerIndex(parsers: readonly Triggers[]): TriggerIndex {
  const words = new Map<string, number>();
  const capitalized = new Map<string, number>();
  const digits: TriggerIndex['digits'] = [];
  parsers.forEach((p, i) => {
    for (const w of p.triggers) words.set(w, (words.get(w) ?? 0) | (1 << i));
    for (const w of p.capitalized ?? []) capitalized.set(w, (capitalized.get(w) ?? 0) | (1 << i));
    if (p.digits) digits.push({ test: p.digits, bit: 1 << i });
  });
  return { words, capitalized, digits };
}

/** The parsers a stretch of tokens wakes, as a bit mask. */
export function wokenBy(index: TriggerIndex, tokens: readonly Token[], from: number, to: number): number {
  let mask = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    mask |= index.words.get(t.lower) ?? 0;
    // "mid-November", "year-end": a hyphenated word wakes what its first part wakes.
    const dash = t.lower.indexOf('-', 1);
    if (dash > 0) mask |= index.words.get(t.lower.slice(0, dash)) ?? 0;
    const first = t.text.charCodeAt(0);
    if (first >= 65 && first <= 90) mask |= index.capitalized.get(t.lower) ?? 0;
    const last = t.text.charCodeAt(t.text.length - 1);
    // Only tokens that start or end with a digit ("2024", "15th", "mid-2025") or an apostrophe ("'90s").
    if ((first >= 48 && first <= 57) || (last >= 48 && last <= 57) || first === 39 || first === 8217) {
      for (const d of index.digits) if (d.test.test(t.text)) mask |= d.bit;
    }
  }
  return mask;
}

/** Run the parsers a mask names over a text. */
export function runParsers(parsers: readonly Parser[], mask: number, text: string, ref: Day): FoundDate[] {
  const out: FoundDate[] = [];
  parsers.forEach((p, i) => {
    if (mask & (1 << i)) out.push(...runParser(p, text, ref));
  });
  return out;
}
