import { parseDay } from './calendar.js';
import type { FoundDate } from './found.js';
import { PARSERS, runParsers } from './parsers/index.js';
import { chronoDates, createChrono } from './readings.js';
import { mergeRanges, removeOverlaps } from './refine.js';

const DEPENDS = ['relative', 'implied-year', 'anaphoric', 'duration'];

/**
 * Temporal expressions of a text, read against a publication date (`YYYY-MM-DD`), each with a past and a future
 * reading; without a date, expressions that need one have neither. For one-off use: the time stage builds its
 * parsers once and reads each sentence with the tense of its verbs.
 * @example findDates('They met on October 15.', '2026-01-26')[0].past.value // '2025-10-15'
 */
export function findDates(text: string, published: string | null): FoundDate[] {
  const ref = published ? parseDay(published) : null;
  const day = ref ?? { y: 2000, m: 1, d: 1 };
  const found = mergeRanges(removeOverlaps([...chronoDates(createChrono(), text, day), ...runParsers(PARSERS, -1, text, day)]), text, day);
  return ref ? found : found.map((f) => (f.how.some((h) => DEPENDS.includes(h)) ? { ...f, past: null, future: null } : f));
}
