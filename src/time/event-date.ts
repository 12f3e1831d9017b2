import type { EventDate, EventStatus, Mention, Token } from '../model/index.js';
import { iso } from './calendar.js';
import type { Reference } from './reference.js';
import { groupStart, type Tense } from './tense.js';

type Range = { start: number; end: number };

/** What an event's date is chosen from: its sentence, trigger token, clause and scope, status and tense. */
export interface EventContext {
  sentence: number;
  /** Token of the trigger word. */
  trigger: number;
  nominal: boolean;
  status: EventStatus;
  /** The event's clause, in characters. */
  clause: Range;
  /** Stretches of the sentence whose dates may date the event when its clause has none (not another event's temporal clause). */
  scope: Range[];
  /** The tense of the event's clause, worked out when a date needs it. */
  tense(): Tense | null;
}

/** The verb group around a trigger, as tokens `[from, to]`: a date modifying any of its verbs is the event's own. */
function groupAround(tokens: readonly Token[], trigger: number, floor: number): [number, number] {
  let to = trigger;
  while (tokens[to + 1] && (tokens[to + 1]!.pos === 'VERB' || tokens[to + 1]!.pos === 'AUX' || tokens[to + 1]!.lower === 'to')) to++;
  return [groupStart(tokens, trigger, floor), to];
}

/**
 * A date mention as an event date, in the reading its clause chose; a planned event reads its own date forward (a
 * date from elsewhere in the sentence keeps the reading of its own clause).
 */
function asEventDate(d: Mention, status: EventStatus, from: EventDate['from']): EventDate {
  const forward = (status === 'planned' && from === 'text') || d.reading === 'future';
  const reading = forward ? d.readings!.future : d.readings!.past;
  return {
    value: reading.value, precision: reading.precision, text: d.text, from,
    ...(reading.start ? { start: reading.start } : {}), ...(reading.end ? { end: reading.end } : {}),
  };
}

/**
 * "his first visit since 2015", "for the first time since 2019": the "since" date is the time before, and dates no
 * event (the events stage leaves such dates out).
 */
export function lastTimeBefore(tokens: readonly Token[], d: Mention): boolean {
  if (tokens[d.tokenStart]?.lower !== 'since') return false;
  // Back through the noun phrase it ends ("the pair's first face-to-face meeting since"), not past a verb or a comma.
  for (let k = d.tokenStart - 1; k >= Math.max(0, d.tokenStart - 10); k--) {
    const t = tokens[k]!;
    if (t.lower === 'first' || t.lower === 'last') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.lower === 'and') return false;
  }
  return false;
}

/**
 * The date an event's own text gives: a temporal expression in its clause that modifies its verb group
 * ("attacked on Sunday", not "said on Monday" in "said on Monday that troops attacked"), else one elsewhere in its
 * sentence within `scope`; an uncounted stretch ("Russia's years of support") dates it before the reference day.
 * Null when the sentence gives none: the caller looks further.
 */
export function eventDate(
  event: EventContext, tokens: readonly Token[], dates: readonly Mention[], sentenceStart: number, reference: Reference | null,
): EventDate | null {
  const [from, to] = groupAround(tokens, event.trigger, sentenceStart);
  const stretch = reference && event.status !== 'planned'
    ? dates.find((d) => d.sentence === event.sentence && d.how.includes('open') && event.scope.some((r) => d.start >= r.start && d.end <= r.end))
    : undefined;
  const open = stretch && event.tense() !== 'future' ? stretch : null;
  const inSentence = dates.filter((d) => d.sentence === event.sentence && (d.readings || d === open));
  const inClause = inSentence.filter((d) => d.start >= event.clause.start && d.end <= event.clause.end);
  const own = inClause.filter((d) => event.nominal || d.anchor === undefined || d.anchor < 0 || (d.anchor >= from && d.anchor <= to));
  const inScope = inSentence.filter((d) => event.scope.some((r) => d.start >= r.start && d.end <= r.end));
  const triggerAt = tokens[event.trigger]!.start;
  const nearest = (pool: Mention[]) => pool.reduce((a, b) => (Math.abs(b.start - triggerAt) < Math.abs(a.start - triggerAt) ? b : a));
  const dated = (d: Mention, from: EventDate['from']): EventDate => (d === open
    // "years of support": before the reference day, no day given.
    ? { value: null, precision: null, text: d.text, from: 'unresolved', end: iso(reference!.day) }
    : asEventDate(d, event.status, from));
  if (own.length > 0) return dated(nearest(own), 'text');
  const others = inScope.length > 0 ? inScope : inClause;
  if (others.length > 0) return dated(nearest(others), 'sentence');
  return null;
}

/**
 * The date of an event its text does not date: the reference day (`from` says whether the publication date or
 * the dateline), except in the perfect ("has pursued talks"), which places an event before that day without
 * saying when: unresolved, with the reference day as `end`. Unresolved without a reference day.
 */
export function fallbackDate(tense: Tense | null, status: EventStatus, reference: Reference | null): EventDate {
  if (!reference) return { value: null, precision: null, text: null, from: 'unresolved' };
  const day = iso(reference.day);
  if ((tense === 'perfect' || tense === 'pluperfect') && status !== 'planned') {
    return { value: null, precision: null, text: null, from: 'unresolved', end: day };
  }
  return { value: day, precision: 'day', text: null, from: reference.from };
}
