import type { Mention, Token } from '../model/index.js';
import type { Pattern, PatternElement } from './lexicon/types.js';
import { bindSlot, isLight, type MentionIndex } from './slots.js';
import { STANDALONE_ROOTS } from './standalone.js';

/** A pattern matched after a head word: the mentions its slots bound and where the match ended. */
export interface PatternMatch {
  pattern: Pattern;
  source: number[] | null;
  target: number[] | null;
  end: number;
  /** A slot inside the pattern held a noun phrase that names no actor ("forced residents to flee"). */
  open?: boolean;
}

interface MatchInput {
  tokens: Token[];
  mentions: Mention[];
  index: MentionIndex;
  /** The clause ends here: a pattern never reaches past it. */
  end: number;
  /**
   * In the passive, the subject may be what the verb acts with ("Grenades were hurled at a patrol"): words of the
   * pattern may be found in these tokens instead of after the verb.
   */
  theme?: { start: number; end: number };
}

const MAX_LIGHT = 4;
const MAX_GAP = 6;

function wordFits(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(token.lemma) || words.has(token.lower);
}

function inTheme(input: MatchInput, words: ReadonlySet<string>): boolean {
  for (let p = input.theme!.start; p < input.theme!.end; p++) if (wordFits(input.tokens[p]!, words)) return true;
  return false;
}

/**
 * Which of the lexicon's words the sentence being coded has, for `wordsPresent`: one array per document, a slot per
 * word id holding the last sentence the word was seen in, so nothing is built per sentence.
 */
export interface Vocabulary {
  words: ReadonlyMap<string, number>;
  seenIn: Int32Array;
  stamp: number;
}

/** An empty vocabulary over a lexicon's word table. */
export function createVocabulary(words: ReadonlyMap<string, number>): Vocabulary {
  return { words, seenIn: new Int32Array(words.size).fill(-1), stamp: -1 };
}

/** Mark the words of tokens `[from, to)` as the sentence `stamp`'s. */
export function stampVocabulary(vocabulary: Vocabulary, tokens: Token[], from: number, to: number, stamp: number): void {
  vocabulary.stamp = stamp;
  const { words, seenIn } = vocabulary;
  for (let i = from; i < to; i++) {
    const { lemma, lower } = tokens[i]!;
    const a = words.get(lower);
    if (a !== undefined) seenIn[a] = stamp;
    if (lemma === lower) continue;
    const b = words.get(lemma);
    if (b !== undefined) seenIn[b] = stamp;
  }
}

/**
 * Whether every word a pattern requires occurs somewhere in the sentence. Most patterns of a head fail this, and
 * checking it is far cheaper than matching.
 */
export function wordsPresent(pattern: Pattern, vocabulary: Vocabulary): boolean {
  const { seenIn, stamp } = vocabulary;
  if (pattern.firstRequired >= 0 && seenIn[pattern.firstRequired] !== stamp) return false;
  for (const ids of pattern.required) {
    let found = false;
    for (let k = 0; k < ids.length && !found; k++) found = seenIn[ids[k]!] === stamp;
    if (!found) return false;
  }
  return true;
}

/**
 * Match a pattern's elements from `from` on. Words may follow a few light tokens (determiners, adjectives);
 * slots bind the noun phrase at their place; a slot that ends the pattern may find no actor.
 */
export function matchPattern(input: MatchInput, pattern: Pattern, elements: PatternElement[], from: number): PatternMatch | null {
  const slots: { source: number[] | null; target: number[] | null } = { source: null, target: null };
  let endAt = from;
  let open = false;

  function step(k: number, pos: number): boolean {
    if (k === elements.length) {
      endAt = pos;
      return true;
    }
    const el = elements[k]!;
    if (el.kind === 'word') {
      for (let p = pos, light = 0; p < input.end && light <= MAX_LIGHT; p++) {
        const t = input.tokens[p]!;
        if (wordFits(t, el.words) && step(k + 1, p + 1)) return true;
        if (!isLight(t) || input.index[p]! >= 0) break;
        light++;
      }
      if (input.theme && inTheme(input, el.words) && step(k + 1, pos)) return true;
      return el.optional && step(k + 1, pos);
    }
    if (el.kind === 'gap') {
      for (let p = pos; p <= Math.min(input.end, pos + MAX_GAP); p++) if (step(k + 1, p)) return true;
      return false;
    }
    // "talks between $S and $T": a slot followed by "and" takes one actor, not a list.
    const following = elements[k + 1];
    const coordinate = !(following?.kind === 'word' && (following.words.has('and') || following.words.has('or')));
    const binding = pos < input.end ? bindSlot(input.tokens, input.mentions, input.index, pos, input.end, coordinate) : null;
    if (binding && binding.mentions.length > 0) {
      slots[el.role] = binding.mentions;
      if (step(k + 1, binding.end)) return true;
      slots[el.role] = null;
    }
    // The last element may be an open slot: "protesters rallied against" with nothing named. A bare "verb $T"
    // whose object names no actor ("receiving assurances") is no event.
    // Material events stand without a named object ("police arrested a man").
    const openAllowed = !binding || pattern.specificity > 1 || STANDALONE_ROOTS.has(pattern.cameo.slice(0, 2));
    if (k === elements.length - 1 && openAllowed) {
      slots[el.role] = [];
      endAt = binding ? binding.end : pos;
      return true;
    }
    // Inside a pattern with words of its own, a slot may hold a noun phrase that names no actor: "asked the
    // residents to leave", "drove the gunmen out of the town".
    if (binding && k < elements.length - 1 && pattern.specificity > 1) {
      slots[el.role] = [];
      open = true;
      if (step(k + 1, binding.end)) return true;
      slots[el.role] = null;
      open = false;
    }
    return false;
  }

  return step(0, from) ? { pattern, source: slots.source, target: slots.target, end: endAt, ...(open ? { open } : {}) } : null;
}

/** The pattern with its first target slot taken out: in the passive, the subject fills it. */
export function passiveElements(pattern: Pattern): PatternElement[] | null {
  const i = pattern.elements.findIndex((e) => e.kind === 'slot' && e.role === 'target');
  if (i < 0) return null;
  return [...pattern.elements.slice(0, i), ...pattern.elements.slice(i + 1)];
}
