import type { AnnalsDocument, DateReading, Mention, Sentence, Token } from '../model/index.js';
import { addMentions } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { daysBetween, iso, type Day } from './calendar.js';
import { resolveAnaphora } from './anaphora.js';
import type { FoundDate } from './found.js';
import { PARSERS, runParsers, triggerIndex, wokenBy, type Anaphoric, type TriggerIndex, type Triggers } from './parsers/index.js';
import { spanOf } from './periods.js';
import { chronoDates, createChrono } from './readings.js';
import { referenceOf } from './reference.js';
import { MONTH_WORDS } from './words.js';
import { mergeRanges, removeOverlaps } from './refine.js';
import { anchorOf, directionOf, rescheduled, tenseAt, type Direction } from './tense.js';
import type { Chrono } from 'chrono-node';

export { findDates } from './find.js';
export type { FoundDate } from './found.js';
export { referenceDate } from './readings.js';
export { eventDate, fallbackDate, lastTimeBefore, type EventContext } from './event-date.js';
export { clauseTense, directionOf, tenseAt, tenseOf, type Tense } from './tense.js';
export { chosen } from './anaphora.js';
export { referenceOf, type Reference } from './reference.js';

/** What wakes chrono: month names (capitalised), weekdays, casual days, times of day, numeric dates. */
const CHRONO: Triggers = {
  triggers: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'today', 'tonight', 'tomorrow', 'yesterday', 'night', 'morning', 'afternoon', 'evening',
  ],
  capitalized: MONTH_WORDS,
  digits: /^\d{1,4}[/-]\d{1,2}/,
};

/** Stands in for a missing reference day while parsing; what depended on it is then dropped. */
const NO_DAY: Day = { y: 2000, m: 1, d: 1 };
const DEPENDS = ['relative', 'implied-year', 'anaphoric', 'duration'];

/** The token range `[start, end)` of a character span within a sentence. */
function tokenRange(tokens: Token[], sentence: Sentence, start: number, end: number): [number, number] {
  let from = sentence.tokenStart;
  while (from < sentence.tokenEnd - 1 && tokens[from]!.end <= start) from++;
  let to = from;
  while (to < sentence.tokenEnd && tokens[to]!.start < end) to++;
  return [from, Math.max(to, from + 1)];
}

/** News copy gives the year of a date this far from the story ("Nov. 10, 1988"), and leaves out a nearer one's. */
const FAR = 300;
const NEAR = 183;

/**
 * The reading a direction picks; `nearest` the one whose first day is closer to the reference day. A year the
 * text leaves out is one the reader can infer: a day most of a year away yields to one within half a year (a
 * month may well be: "will return in December" in January).
 */
function pick(f: FoundDate, direction: Direction, ref: Day): 'past' | 'future' {
  const gap = (r: DateReading) => Math.abs(daysBetween(ref, spanOf(r)[0]));
  const nearest = gap(f.future!) < gap(f.past!) ? 'future' : 'past';
  if (direction === 'nearest') return nearest;
  const other = direction === 'past' ? f.future! : f.past!;
  const mine = direction === 'past' ? f.past! : f.future!;
  if (f.how.includes('implied-year') && mine.precision === 'day' && gap(mine) > FAR && gap(other) <= NEAR) return nearest;
  return direction;
}

/** The direction for an expression: its verb's tense, a rescheduling verb ("postponed to Friday"), a deadline ("by Friday"). */
function directionFor(tokens: Token[], sentence: Sentence, anchor: number, tokenStart: number): Direction {
  if (rescheduled(tokens, anchor, tokenStart)) return 'future';
  const direction = directionOf(anchor >= 0 ? tenseAt(tokens, sentence, anchor) : null);
  const prep = tokens[tokenStart - 1]?.lower ?? tokens[tokenStart]!.lower;
  return direction === 'past' && (prep === 'until' || prep === 'by' || prep === 'till') ? 'nearest' : direction;
}

interface Tools {
  chrono: Chrono;
  triggers: TriggerIndex;
  /** chrono's triggers alone, to find where in a sentence it is worth running. */
  chronoTriggers: TriggerIndex;
}

/** Tokens either side of a word that wakes chrono: enough for "at 3 p.m. EST Tuesday", "from Aug. 26 to Oct. 20". */
const CONTEXT = 7;

/** chrono over the stretch of a sentence around the words that woke it, not the whole sentence. */
function chronoWindow(tools: Tools, tokens: Token[], sentence: Sentence, text: string, ref: Day): FoundDate[] {
  let first = -1;
  let last = -1;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (wokenBy(tools.chronoTriggers, tokens, i, i + 1) === 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return [];
  const from = tokens[Math.max(sentence.tokenStart, first - CONTEXT)]!.start - sentence.start;
  const to = tokens[Math.min(sentence.tokenEnd - 1, last + CONTEXT)]!.end - sentence.start;
  return chronoDates(tools.chrono, text.slice(from, to), ref).map((f) => ({ ...f, index: f.index + from }));
}

/** The date mentions of one sentence, with the readings chosen by the tense of the verb each modifies. */
function sentenceDates(doc: AnnalsDocument, sentence: Sentence, tools: Tools, ref: Day, known: boolean, anaphoric: Map<Mention, Anaphoric>): Mention[] {
  const { tokens } = doc;
  const mask = wokenBy(tools.triggers, tokens, sentence.tokenStart, sentence.tokenEnd);
  if (mask === 0) return [];
  const text = doc.article.text.slice(sentence.start, sentence.end);
  const own = runParsers(PARSERS, mask, text, ref);
  const viaChrono = mask & (1 << PARSERS.length) ? chronoWindow(tools, tokens, sentence, text, ref) : [];
  const found = mergeRanges(removeOverlaps([...viaChrono, ...own]), text, ref);
  const out: Mention[] = [];
  for (const f of found) {
    const start = sentence.start + f.index;
    const end = start + f.text.length;
    if (doc.dateline && start < doc.dateline.end && end > doc.dateline.start) continue;
    const [tokenStart, tokenEnd] = tokenRange(tokens, sentence, start, end);
    const anchor = anchorOf(tokens, sentence, tokenStart, tokenEnd);
    const tense = anchor >= 0 ? tenseAt(tokens, sentence, anchor) : null;
    const mention: Mention = {
      text: f.text, start, end, tokenStart, tokenEnd, sentence: sentence.index, kind: 'date', code: null, country: null,
      sectors: [], name: null, entity: null, antecedent: null, how: [...f.how], anchor,
    };
    // A duration in a past clause ("fought for three years") is anchored nowhere we know.
    const unanchored = f.how.includes('duration') && (tense === 'past' || tense === 'pluperfect');
    const resolvable = known || !f.how.some((h) => DEPENDS.includes(h));
    if (f.past && f.future && resolvable && !unanchored) {
      const reading = pick(f, directionFor(tokens, sentence, anchor, tokenStart), ref);
      const r = reading === 'past' ? f.past : f.future;
      Object.assign(mention, { readings: { past: f.past, future: f.future }, reading, value: r.value, timex: r.timex ?? r.value });
      if ('reanchor' in f) anaphoric.set(mention, f as Anaphoric);
    } else if (f.timex) mention.timex = f.timex;
    else if (!resolvable) mention.how.push('unresolved');
    out.push(mention);
  }
  return out;
}

/**
 * Temporal expressions as date mentions. Each is read against the reference day (the dateline's day, else the
 * publication date) as a past and a future date, and the tense of the verb it modifies chooses between them.
 * Without a reference day the article is still coded, with a warning: expressions that state their year are
 * read, the rest are left unresolved.
 */
export function time(): Stage {
  const tools: Tools = { chrono: createChrono(), triggers: triggerIndex([...PARSERS, CHRONO]), chronoTriggers: triggerIndex([CHRONO]) };
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    assigns: ['dates'],
    run: function time(doc: AnnalsDocument) {
      const { reference, messages } = referenceOf(doc);
      doc.messages.push(...messages);
      const ref = reference?.day ?? NO_DAY;
      const anaphoric = new Map<Mention, Anaphoric>();
      const dates = doc.sentences.flatMap((s) => sentenceDates(doc, s, tools, ref, reference !== null, anaphoric));
      resolveAnaphora(dates, anaphoric, iso(ref));
      // Coreference indices (antecedent, members) must survive the insertion of date mentions.
      addMentions(doc, dates);
    },
  };
}
