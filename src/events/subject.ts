import type { Mention, Token } from '../model/index.js';
import { isCompoundParticiple, modifiesCompound, type Clause } from './clauses.js';
import { isActor, isQuantifier, type MentionIndex } from './slots.js';

const LEADERS = new Set(['lead', 'back', 'support', 'head', 'command', 'arm', 'fund']);

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const OPENING_POS = new Set(['ADP', 'SCONJ', 'ADV']);
/** Heads whose "of X", "from X", "for X" names the actor: "troops from Chad", "a spokesman for the ministry". */
const OWNER_PREPOSITIONS = new Set(['of', 'from', 'for']);

/**
 * Past an opening adverbial ("During the October 2025 talks,", "On Monday,", "Meanwhile,", "Early on Sunday,"):
 * where the subject starts. An opening without a preposition or adverb first is skipped only when it names no actor
 * and holds a date, so "Russia, China and Iran said" keeps its subjects.
 */
function afterOpening(tokens: Token[], index: MentionIndex, mentions: Mention[], from: number, to: number): number {
  const first = tokens[from];
  const startsWithDate = first !== undefined && index[from]! < 0 && /^\d/.test(first.text);
  if (!first) return from;
  const opening = OPENING_POS.has(first.pos) || startsWithDate;
  let hasActor = false;
  let hasDate = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ',') return opening || (hasDate && !hasActor) ? i + 1 : from;
    if (t.pos === 'VERB' || t.pos === 'AUX') return from;
    const m = index[i]!;
    if (m >= 0 && isActor(mentions[m]!)) hasActor = true;
    if (DAY_WORDS.has(t.lower)) hasDate = true;
  }
  return from;
}

/** Words that make a sentence opening a time adverbial ("Early on Sunday,", "Late last week,"). */
const DAY_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning',
  'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);


function coordinated(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k--;
  return k >= 0 && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or' || tokens[k]!.text === ',');
}

function nextActor(tokens: Token[], mentions: Mention[], index: MentionIndex, from: number, to: number, adjectives = false): number {
  let k = from;
  while (k < to && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or' || tokens[k]!.pos === 'DET' || (adjectives && index[k]! < 0 && tokens[k]!.pos === 'ADJ'))) k++;
  const m = k < to ? index[k]! : -1;
  return m >= 0 && mentions[m]!.tokenStart === k && isActor(mentions[m]!) && !modifiesCompound(tokens, mentions[m]!.tokenEnd) ? m : -1;
}

/**
 * The subject actors of the stretch before a verb: the actors of its first noun phrase, with coordinated
 * siblings ("Russia and China"), skipping an opening adverbial, appositives and prepositional phrases ("Suicide
 * bombings in Surabaya, Indonesia's second-largest city, killed 26" has no actor subject). A head without an
 * actor takes one from "of", "from" or "for" ("troops from Chad").
 */
export function subjectIn(tokens: Token[], mentions: Mention[], index: MentionIndex, from: number, to: number): number[] {
  const actors: number[] = [];
  let i = afterOpening(tokens, index, mentions, from, to);
  let inPhrase = false;
  while (i < to) {
    const m = index[i]!;
    if (m >= 0) {
      const mention = mentions[m]!;
      // "Sharaa's administration": the countryless body is the possessor's; the possessor stands for it.
      const possessed = tokens[i - 1]?.lower === "'s" && mention.country === null && actors.length > 0;
      if (!inPhrase && !possessed && isActor(mention) && !actors.includes(m) && !modifiesCompound(tokens, mention.tokenEnd)) {
        // A later noun phrase with its own actor, not joined by "and", is nearer the verb and is its subject:
        // "Iraqi officials say IS militants attacked", "Putin's spokesman Dmitry Peskov said".
        if (actors.length > 0 && tokens[i - 1]?.lower !== "'s" && !coordinated(tokens, i)) actors.length = 0;
        actors.push(m);
      }
      i = Math.max(mention.tokenEnd, i + 1);
      continue;
    }
    const t = tokens[i]!;
    if (t.text === '(') {
      // "the Kurdistan Workers' Party (PKK)": an acronym in brackets names the phrase before it.
      let close = i + 1;
      while (close < to && tokens[close]!.text !== ')') close++;
      const inside = close < to ? index[i + 1]! : -1;
      if (inside >= 0 && actors.length === 0 && !inPhrase && isActor(mentions[inside]!)) actors.push(inside);
      i = close + 1;
      continue;
    }
    const attributive = (t.pos === 'VERB' && ['DET', 'ADJ', 'NUM'].includes(tokens[i - 1]?.pos ?? '') && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? ''))
      || isCompoundParticiple(tokens, i);
    if (NP_POS.has(t.pos) || attributive || t.text === '-' || t.text === '"' || t.text === '“' || t.text === '”') {
      i++;
      continue;
    }
    if (t.lower === 'and' || t.lower === 'or' || t.text === ',') {
      const n = nextActor(tokens, mentions, index, i + 1, to);
      // "Mazloum Abdi, commander of the SDF, ...": a title after a person's name and a comma says who the person is.
      const last = actors[actors.length - 1];
      if (n >= 0 && t.text === ',' && last !== undefined && mentions[last]!.kind === 'person' && mentions[last]!.name !== null
        && (mentions[n]!.kind === 'agent' || mentions[n]!.kind === 'person') && mentions[n]!.name === null) {
        inPhrase = true;
        i = mentions[n]!.tokenEnd;
        continue;
      }
      if (n >= 0 && !inPhrase && actors.length > 0) {
        actors.push(n);
        i = mentions[n]!.tokenEnd;
        continue;
      }
      if (t.text === ',') {
        // An appositive or an aside: ", the leader of X," or ", meanwhile,".
        let close = i + 1;
        while (close < to && tokens[close]!.text !== ',' && ((tokens[close]!.pos !== 'VERB' && tokens[close]!.pos !== 'AUX')
          || isCompoundParticiple(tokens, close))) close++;
        if (close < to && tokens[close]!.text === ',') {
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (t.pos === 'ADP') {
      if (isQuantifier(tokens, i)) {
        i++;
        continue;
      }
      // "a group of armed militants": the head names no actor, the "of" phrase does.
      if (actors.length === 0 && OWNER_PREPOSITIONS.has(t.lower)) {
        const n = nextActor(tokens, mentions, index, i + 1, to, true);
        if (n >= 0) {
          actors.push(n);
          i = mentions[n]!.tokenEnd;
          continue;
        }
      }
      // Other prepositional phrases ("in Surabaya") modify the subject; their actors are not it.
      inPhrase = t.lower !== 'by' || actors.length > 0;
      i++;
      continue;
    }
    break;
  }
  return actors.map((n) => refineLedBy(tokens, mentions, index, n, to));
}


/** "rebel forces led by Sharaa's HTS": a countryless group named by who leads or backs it. */
function refineLedBy(tokens: Token[], mentions: Mention[], index: MentionIndex, m: number, to: number): number {
  const mention = mentions[m]!;
  if (mention.country !== null || mention.kind !== 'agent') return m;
  const verb = tokens[mention.tokenEnd];
  const by = tokens[mention.tokenEnd + 1];
  if (!verb || !by || !LEADERS.has(verb.lemma) || by.lower !== 'by') return m;
  // The leader is the last actor of the by-phrase before the verb ("by Sharaa's HTS coalition": HTS).
  let leader = -1;
  for (let i = mention.tokenEnd + 2; i < to; i++) {
    const n = index[i]!;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') break;
    if (n >= 0 && isActor(mentions[n]!) && mentions[n]!.tokenStart === i) leader = n;
  }
  return leader >= 0 ? leader : m;
}

/** The actors a relative clause's pronoun stands for: the mention right before it ("Assad, who fled"). */
export function relativeAntecedent(tokens: Token[], mentions: Mention[], index: MentionIndex, clause: Clause): number[] {
  let k = (clause.pronoun ?? clause.start - 1) - 1;
  while (k >= 0 && (tokens[k]!.text === ',' || tokens[k]!.text === ')')) k--;
  const m = k >= 0 ? index[k]! : -1;
  return m >= 0 && isActor(mentions[m]!) ? [m] : [];
}

/**
 * The subject right before a later verb in the same clause: the noun phrase that ends where the verb starts
 * ("Syrian rebels engaged peacekeepers in a firefight, defense and military officials said": the officials).
 * Empty when a preposition governs that phrase or nothing nominal stands there.
 */
export function subjectBefore(tokens: Token[], mentions: Mention[], index: MentionIndex, from: number, to: number): number[] {
  const actors: number[] = [];
  let i = to - 1;
  while (i >= from) {
    const m = index[i]!;
    if (m >= 0) {
      const mention = mentions[m]!;
      if (isActor(mention) && !actors.includes(m)) actors.unshift(m);
      i = mention.tokenStart - 1;
      continue;
    }
    const t = tokens[i]!;
    if (NP_POS.has(t.pos) || t.text === '-' || t.lower === 'and' || t.lower === 'or') {
      i--;
      continue;
    }
    // A comma ends the phrase unless it lists actors: "Russia, China and Iran said".
    if (t.text === ',' && actors.length > 0 && index[i - 1]! >= 0 && isActor(mentions[index[i - 1]!]!)) {
      i--;
      continue;
    }
    break;
  }
  // "in a firefight in Golan Heights": a phrase governed by a preposition is not the subject; "over 2,500
  // activists" is counted, not governed.
  if (i >= from && tokens[i]!.pos === 'ADP' && tokens[i]!.lower !== 'by' && !isQuantifier(tokens, i)) return [];
  return actors;
}
