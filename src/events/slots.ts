import type { Mention, Token } from '../model/index.js';
import { describesNoun, isCompoundParticiple, modifiesCompound } from './clauses.js';

/** Token → index of the actor mention covering it, or -1. */
export type MentionIndex = Int32Array;

const LIGHT = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON']);
const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const LIST_OPENERS = new Set(['such as', 'including', 'like', 'namely']);

/** Is this token skippable before a pattern word ("granted [political] asylum", "imposed [new, tough] sanctions")? */
export function isLight(token: Token): boolean {
  return LIGHT.has(token.pos) || token.lower === "'s" || token.text === ',' || token.text === '-';
}

/** Does this mention stand for an actor (has a code, or stands for several that do)? */
export function isActor(m: Mention): boolean {
  return (m.code !== null && m.kind !== 'place' && m.kind !== 'date') || (m.members !== undefined && m.members.length > 0);
}

/** Index every token to the actor-or-place mention that covers it. */
export function indexMentions(tokenCount: number, mentions: Mention[]): MentionIndex {
  const index = new Int32Array(tokenCount).fill(-1);
  mentions.forEach((m, i) => {
    // Descriptions ("the city", "the victims") are uncoded mentions for readers; slots are filled by names and sector words.
    if (m.kind === 'date' || m.how[0] === 'description') return;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) index[t] = i;
  });
  return index;
}

/** "the two exiled dissidents", "the occupied territories": a participle between a determiner and a noun. */
function attributive(tokens: Token[], p: number, start: number): boolean {
  const prev = tokens[p - 1];
  const next = tokens[p + 1];
  return (p > start && tokens[p]!.pos === 'VERB' && prev !== undefined && ATTRIBUTIVE_AFTER.has(prev.pos)
    && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) || (p === start && describesNoun(tokens, p));
}

const ATTRIBUTIVE_AFTER = new Set(['DET', 'NUM', 'ADJ']);

/**
 * A preposition that only counts ("over 2,500 activists", "about a dozen protesters", "more than 100 people", "at
 * least 20 soldiers"): part of the noun phrase, not a phrase that modifies it.
 */
export function isQuantifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  if ((t.lower === 'at' && next.lower === 'least') || (t.lower === 'up' && next.lower === 'to')) return true;
  if (t.lower === 'to' && tokens[i - 1]?.lower !== 'up') return false;
  if (!QUANTIFYING.has(t.lower)) return false;
  return next.pos === 'NUM' || COUNTS.has(next.lower) || (next.lower === 'a' && COUNTS.has(tokens[i + 2]?.lower ?? ''));
}

const QUANTIFYING = new Set(['over', 'about', 'around', 'than', 'under', 'nearly', 'almost', 'approximately', 'some', 'least', 'to']);
const COUNTS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'score', 'scores', 'several', 'few']);

/** Words that count or share out people: "several of", "most of", "a number of", "the rest of". */
const PARTITIVES = new Set([
  'several', 'some', 'many', 'most', 'all', 'few', 'both', 'each', 'none', 'one', 'any', 'number', 'handful', 'majority',
  'rest', 'half', 'dozen', 'dozens', 'hundreds', 'thousands', 'scores', 'millions', 'tens',
]);

/** Does `[from, to)` only count ("hundreds", "three", "several", "a number", "the rest")? */
function countsOnly(tokens: Token[], from: number, to: number): boolean {
  let counted = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NUM' || PARTITIVES.has(t.lower)) counted = true;
    else if (t.pos !== 'DET' && t.pos !== 'ADV' && !isQuantifier(tokens, i) && t.lower !== 'least') return false;
  }
  return counted;
}

/** The mentions a slot binds, and where the slot's noun phrase ends. */
export interface SlotBinding {
  mentions: number[];
  end: number;
}

/**
 * Bind a slot at `pos`: the noun phrase there and the actors it names, with coordination ("Saudi Arabia, Qatar,
 * Turkey, and France") and examples after a plural head ("regional powers such as ..."). Places count where
 * their country can stand for an actor ("travel to Moscow").
 */
export function bindSlot(
  tokens: Token[], mentions: Mention[], index: MentionIndex, pos: number, end: number, coordinate = true,
): SlotBinding | null {
  let p = pos;
  const found: number[] = [];
  // The noun phrase: determiners, adjectives, nouns and any mention inside it.
  while (p < end) {
    const m = index[p]!;
    if (m >= 0) {
      if (!found.includes(m) && !modifiesCompound(tokens, mentions[m]!.tokenEnd)) found.push(m);
      p = mentions[m]!.tokenEnd;
      // "granted Assad asylum": a noun right after a named actor starts a second object.
      if (isActor(mentions[m]!) && tokens[p]?.pos === 'NOUN' && index[p]! < 0) break;
      continue;
    }
    const t = tokens[p]!;
    if (t.lower === 'such' && tokens[p + 1]?.lower === 'as') break;
    // "its most senior commanders", "Turkish-backed rebels": an adverb before an adjective, half of a compound
    // adjective, are inside the phrase.
    const modifier = (t.pos === 'ADV' && tokens[p + 1]?.pos === 'ADJ') || isCompoundParticiple(tokens, p);
    if ((NP_INNER.has(t.pos) && (t.pos !== 'PART' || t.lower === "'s")) || t.text === '-' || attributive(tokens, p, pos) || isQuantifier(tokens, p) || modifier) p++;
    else break;
  }
  if (p === pos) return null;
  // "hundreds of protesters", "three of the soldiers", "several of its commanders": a count's "of" phrase says who.
  if (found.length === 0 && tokens[p]?.lower === 'of' && p + 1 < end && countsOnly(tokens, pos, p)) {
    const who = bindSlot(tokens, mentions, index, p + 1, end, coordinate);
    if (who && who.mentions.length > 0) return who;
  }
  // "Istanbul Mayor Ekrem Imamoglu": a place before the phrase's actor says which one; it is no second actor.
  const head = found.findLastIndex((m) => isActor(mentions[m]!));
  if (head > 0) found.splice(0, found.length, ...found.filter((m, k) => k >= head || mentions[m]!.kind !== 'place'));
  // Coordinated actors: "X, Y and Z", "X and Y".
  let q = p;
  while (coordinate && q < end && found.length > 0) {
    const t = tokens[q]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') {
      let r = q + 1;
      while (r < end && (tokens[r]!.lower === 'and' || tokens[r]!.lower === 'or' || tokens[r]!.pos === 'DET')) r++;
      const m = r < end ? index[r]! : -1;
      const after = m >= 0 ? tokens[mentions[m]!.tokenEnd] : undefined;
      // "..., Turkey will object": a name followed by a verb starts a clause of its own. "Imamoglu, President
      // Erdogan's main rival,": a name owning what follows it after a comma opens an appositive, not a list item.
      const appositive = t.text === ',' && after?.lower === "'s";
      if (m >= 0 && mentions[m]!.kind !== 'date' && !appositive && !(after && (after.pos === 'VERB' || after.pos === 'AUX'))) {
        found.push(m);
        q = mentions[m]!.tokenEnd;
        p = q;
        continue;
      }
    }
    break;
  }
  // Examples of a plural head: "regional powers such as Saudi Arabia, Qatar, Turkey, and France".
  const two = `${tokens[p]?.lower ?? ''} ${tokens[p + 1]?.lower ?? ''}`;
  const opener = LIST_OPENERS.has(two) ? 2 : tokens[p] && LIST_OPENERS.has(tokens[p]!.lower) ? 1 : 0;
  if (opener > 0) {
    const list = bindSlot(tokens, mentions, index, p + opener, end, coordinate);
    if (list && list.mentions.length > 0) {
      const actors = found.filter((m) => isActor(mentions[m]!));
      return { mentions: actors.length > 0 ? actors : list.mentions, end: list.end };
    }
  }
  return { mentions: found, end: p };
}
