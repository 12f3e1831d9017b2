import type { Token } from '../model/index.js';

/** The tense, aspect or mood of a verb group, as far as the reading of a date goes. */
export type Tense = 'past' | 'perfect' | 'pluperfect' | 'present' | 'progressive' | 'future' | 'modal' | 'infinitive';

/** Which reading of an expression a tense selects; `nearest` picks the one closer to the reference day. */
export type Direction = 'past' | 'future' | 'nearest';

const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const MODALS = new Set(['could', 'may', 'might', 'should', 'would', 'must', 'can', 'ca', "'d", 'ought']);
/** Verbs whose infinitive looks ahead: "is set to travel", "plans to meet", "agreed to hold talks". */
const LOOKING_AHEAD = new Set([
  'set', 'due', 'expect', 'schedule', 'slate', 'plan', 'intend', 'aim', 'go', 'prepare', 'poise', 'hope', 'want',
  'seek', 'agree', 'vow', 'pledge', 'promise', 'threaten', 'decide', 'wish', 'propose', 'offer', 'plot', 'be',
]);
/** Words that end the stretch a date can belong to when looking left for its verb. */
const BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'whereas', 'unless', 'if', ';', ':']);
const GROUP_PARTS = new Set(['not', "n't", 'to', 'never']);

const verbal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The first token of the verb group whose last word is `head`: "is set to travel", "has also been postponed". */
export function groupStart(tokens: readonly Token[], head: number, floor: number): number {
  let i = head;
  while (i > floor) {
    const t = tokens[i - 1]!;
    if (verbal(t) || (t.pos === 'PART' && GROUP_PARTS.has(t.lower))) i--;
    else if (t.pos === 'ADV' && i - 2 >= floor && (verbal(tokens[i - 2]) || GROUP_PARTS.has(tokens[i - 2]!.lower))) i--;
    else break;
  }
  return i;
}

/** The tense of the verb group that ends at `head`; null for a group with no tense of its own ("including"). */
export function tenseOf(tokens: readonly Token[], head: number, floor: number): Tense | null {
  if (tokens[head]?.lower === 'according') return 'present';
  const from = groupStart(tokens, head, floor);
  const group = tokens.slice(from, head + 1).filter((t) => verbal(t) || t.lower === 'to');
  return classify(group);
}

function classify(group: readonly Token[]): Tense | null {
  if (group.length === 0) return null;
  const lowers = group.map((t) => t.lower);
  if (lowers.some((w) => FUTURE.has(w))) return 'future';
  const modal = lowers.findIndex((w) => MODALS.has(w));
  if (modal >= 0) return lowers[modal + 1] === 'have' ? 'perfect' : 'modal';
  const to = lowers.lastIndexOf('to');
  if (to >= 0) {
    const governor = group.slice(0, to);
    if (governor.length === 0) return 'infinitive';
    if (governor.some((t) => LOOKING_AHEAD.has(t.lemma) && !(t.lemma === 'be' && governor.length > 1))) return 'future';
    return classify(governor);
  }
  const first = group[0]!;
  const head = group[group.length - 1]!;
  if (first.pos === 'AUX' && group.length > 1) {
    if (first.lemma === 'have' || (first.lower === "'s" && lowers[1] === 'been')) return first.lower === 'had' || first.lower === "'d" ? 'pluperfect' : 'perfect';
    if (first.lemma === 'be') {
      if (first.lower === 'was' || first.lower === 'were') return 'past';
      return head.lower.endsWith('ing') ? 'progressive' : 'present';
    }
    if (first.lemma === 'do') return first.lower === 'did' ? 'past' : 'present';
  }
  return finiteForm(head);
}

/** A lone verb: "met" is past, "meets" and "meet" present, "meeting" has no tense of its own. */
function finiteForm(t: Token): Tense | null {
  const { lower, lemma } = t;
  if (t.pos === 'AUX') return lower === 'was' || lower === 'were' || lower === 'had' || lower === 'did' ? 'past' : 'present';
  if (lower.endsWith('ing')) return null;
  if (lower === lemma) return 'present';
  if (lower.endsWith('s') && (lower === `${lemma}s` || lower === `${lemma}es` || lower.endsWith('ies'))) return 'present';
  return 'past';
}

/** The last word of the verb group that starts at or after `from`, reading right. */
function headRightOf(tokens: readonly Token[], from: number, to: number): number {
  let head = from;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (verbal(t)) head = i;
    else if (!(t.pos === 'ADV' || (t.pos === 'PART' && GROUP_PARTS.has(t.lower)))) break;
  }
  return head;
}

/**
 * The verb an expression at tokens `[from, to)` modifies: the nearest verb group to its left within its clause
 * ("attacked on Sunday"), skipping a participle that only continues the clause ("including ... on Monday");
 * else the first to its right ("On Monday, officials said"). -1 when the sentence has none.
 */
export function anchorOf(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }, from: number, to: number): number {
  let fallback = -1;
  for (let i = from - 1; i >= sentence.tokenStart; i--) {
    const t = tokens[i]!;
    if (BOUNDARIES.has(t.lower)) break;
    // "according to reports on Monday": the date is the report's.
    if (t.lower === 'according') return i;
    if (!verbal(t)) continue;
    const start = groupStart(tokens, i, sentence.tokenStart);
    if (tenseOf(tokens, i, sentence.tokenStart) !== null) return i;
    if (fallback < 0) fallback = i;
    i = start;
  }
  if (fallback >= 0) return fallback;
  for (let i = to; i < sentence.tokenEnd; i++) {
    if (verbal(tokens[i])) return headRightOf(tokens, i, sentence.tokenEnd);
  }
  return -1;
}

/**
 * The tense of the verb group ending at `head`, looking through a group with no tense of its own to the verb it
 * hangs on: "held celebrations to mark the day" is past, "expect X to meet" looks ahead, "including" takes its clause's.
 */
export function tenseAt(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }, head: number): Tense | null {
  const own = tenseOf(tokens, head, sentence.tokenStart);
  if (own !== null && own !== 'infinitive') return own;
  // "plans to travel" where the tagger took "plans" for a noun.
  if (own === 'infinitive' && LOOKING_AHEAD.has(tokens[groupStart(tokens, head, sentence.tokenStart) - 1]?.lemma ?? '')) return 'future';
  const governing = anchorOf(tokens, sentence, groupStart(tokens, head, sentence.tokenStart), head + 1);
  if (governing < 0 || governing === head) return own;
  if (own === 'infinitive' && LOOKING_AHEAD.has(tokens[governing]!.lemma)) return 'future';
  const theirs = tenseOf(tokens, governing, sentence.tokenStart);
  return theirs === null || theirs === 'infinitive' ? own : theirs;
}

/** The tense of the clause an event's trigger sits in: its own verb group, or the finite one it hangs on. */
export function clauseTense(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }, trigger: number): Tense | null {
  const t = tokens[trigger]!;
  const head = verbal(t) ? trigger : anchorOf(tokens, sentence, trigger, trigger + 1);
  if (head < 0) return null;
  const tense = tenseAt(tokens, sentence, head);
  // "Having addressed the UN and engaged with leaders, ...": a perfect participle puts what it joins before.
  if (tense === 'past') {
    for (let i = head - 1; i >= sentence.tokenStart && tokens[i]!.text !== ','; i--) if (tokens[i]!.lower === 'having') return 'perfect';
  }
  return tense;
}

/** Which reading a tense selects. A present tense with a date ("meets on Wednesday") may go either way. */
export function directionOf(tense: Tense | null): Direction {
  switch (tense) {
    case 'past': case 'perfect': case 'pluperfect': return 'past';
    case 'future': case 'modal': case 'infinitive': case 'progressive': return 'future';
    default: return 'nearest';
  }
}

/** Verbs that move an event to a new date: "postponed to Friday", "scheduled for Friday" look ahead whatever their tense. */
const RESCHEDULE = new Set(['postpone', 'delay', 'move', 'push', 'reschedule', 'defer', 'adjourn', 'put', 'extend', 'bring', 'schedule', 'set', 'slate', 'plan']);

/** Whether the words between a date and its verb make it the new date of a rescheduled event. */
export function rescheduled(tokens: readonly Token[], anchor: number, from: number): boolean {
  if (anchor < 0 || anchor >= from || !RESCHEDULE.has(tokens[anchor]!.lemma)) return false;
  const prep = tokens[from - 1]?.lower ?? '';
  return prep === 'to' || prep === 'until' || prep === 'till' || prep === 'for';
}
