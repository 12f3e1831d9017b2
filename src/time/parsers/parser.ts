import type { DateReading } from '../../model/index.js';
import type { Day } from '../calendar.js';
import type { FoundDate } from '../found.js';

/**
 * One of annals' own temporal parsers (chrono's design: a pattern and an extractor). `triggers` are lower-case
 * tokens that make the parser worth running on a sentence, `digits` a test for tokens with digits in them, so
 * a sentence without any is never scanned.
 */
export interface Parser {
  name: string;
  triggers: readonly string[];
  /** Words that wake the parser only when capitalised ("New Year's", not "new"). */
  capitalized?: readonly string[];
  digits?: RegExp;
  /** Global regular expression; `extract` turns one match into a found date, or null to skip it. */
  pattern: RegExp;
  extract(match: RegExpExecArray, ref: Day): FoundDate | null;
}

/** A found date whose reading depends on an earlier date of the story ("the next day", "a year earlier"). */
export interface Anaphoric extends FoundDate {
  /** The reading counted from an antecedent's reading instead of the reference day; null when it does not apply. */
  reanchor(antecedent: DateReading): DateReading | null;
  /** Antecedents whose TimeML value matches come first ("a year earlier" after a quarter); `only`: no other will do. */
  prefer?: { timex: RegExp; only: boolean };
}

/** Run a parser over a text: every match its extractor accepts. */
export function runParser(parser: Parser, text: string, ref: Day): FoundDate[] {
  const out: FoundDate[] = [];
  for (const match of text.matchAll(parser.pattern)) {
    const found = parser.extract(match, ref);
    if (found) out.push(found);
  }
  return out;
}

/** Where group `g` of a match starts within the text (the match index when the group is empty). */
export function groupIndex(match: RegExpExecArray, g: number): number {
  const group = match[g];
  if (!group) return match.index;
  const at = match[0].indexOf(group);
  return match.index + Math.max(0, at);
}
