import type { Mention, MentionKind, Sentence, Token } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
import { singular } from './descriptions.js';
import { isPossessive } from './possessive.js';
import { ARTICLES, isInitial, POSSESSIVES, sentenceInitial, writtenAsName } from './words.js';

/** A guessed kind, how strongly the words support it, and why. */
export type Guess = { kind: MentionKind; strength: number; reason: string };

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'into', 'outside', 'across', 'around', 'towards', 'toward', 'via', 'through', 'throughout', 'inside', 'to']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Verbs of saying: a name before or after one is a speaker. */
export const SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'stated', 'tweeted']);

/** Are the words of `[start, end)` all acronyms ("CJTF", "CJTF - OIR"), punctuation aside? */
function isAcronym(tokens: Token[], start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!.text;
    if (!/\p{L}/u.test(t)) continue;
    if (t.length < 2 || !/^[A-Z0-9&]+$/.test(t) || !/[A-Z].*[A-Z]/.test(t)) return false;
    words++;
  }
  return words > 0;
}

/** Guess what a name is from its words and what surrounds it; null for a name that is no actor ("Operation Steel Curtain"). */
export function guessKind(
  tokens: Token[], keys: string[], start: number, end: number, sentence: Sentence, compiled: CompiledActors,
  countryStarts: Set<number>, absorbed: Map<number, Mention>,
): Guess | null {
  const { clues } = compiled;
  let headEnd = end;
  for (let i = start + 1; i < end && headEnd === end; i++) if (keys[i] === 'of') headEnd = i;
  for (let i = headEnd - 1; i >= start; i--) {
    if (clues['not-an-actor'].has(keys[i]!) && (i === headEnd - 1 || i === start)) return null;
    if (clues.organization.has(keys[i]!)) return { kind: 'organization', strength: 3, reason: 'organization-word' };
    if (clues.place.has(keys[i]!)) return { kind: 'place', strength: 3, reason: 'place-word' };
    // A sector word inside a name ("Fairfax Media", "Mercedes College") makes it a body, or a person's title.
    const agent = absorbed.get(i);
    if (agent) return { kind: agent.kind === 'person' ? 'person' : 'organization', strength: 3, reason: 'sector-word' };
  }
  // "Mr. Haddad", and a title inside the name before the person's ("Deputy Secretary Blinken", "High Representative
  // Federica Mogherini").
  for (let k = start; k < end - 1; k++) if (clues['person-title'].has(keys[k]!)) return { kind: 'person', strength: 3, reason: 'person-title' };
  if (clues.given.has(keys[start]!) && end - start > 1) return { kind: 'person', strength: 3, reason: 'given' };
  // "Isiah L. Booker", "George F. Hauser": a middle initial is a person's.
  for (let k = start + 1; k < end - 1; k++) if (isInitial(tokens[k]!)) return { kind: 'person', strength: 2, reason: 'initial' };
  // "Members of the Security Council", "Friends of the Earth": a head with no clue, of a body named after "of".
  for (let i = headEnd + 1; i < end; i++) if (clues.organization.has(keys[i]!)) return { kind: 'organization', strength: 2, reason: 'organization-word' };
  const before = start > sentence.tokenStart ? tokens[start - 1] : undefined;
  // Acronyms: "CJTF", "FIFA"; dotted abbreviations ("B.C.", "N.Y.") are more often places and are left to the gazetteer.
  // Heading a phrase after "a" or "an", an acronym is a thing of a kind, not a body's name: "a VBIED", "an IED" (but
  // "a CJTF base").
  if (isAcronym(tokens, start, end)) {
    const next = tokens[end];
    const heads = next === undefined || next.sentence !== sentence.index || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ');
    return heads && (before?.lower === 'a' || before?.lower === 'an') ? null : { kind: 'organization', strength: 2, reason: 'acronym' };
  }
  if (before && LOCATIVE.has(before.lower)) return { kind: 'place', strength: 2, reason: 'locative' };
  // "Babylonia to the south": a name placed by a compass point is a place.
  const after = tokens[end];
  if (after?.lower === 'to' && tokens[end + 1]?.lower === 'the' && COMPASS.has(tokens[end + 2]?.lower ?? '') && tokens[end + 2]!.sentence === sentence.index) {
    return { kind: 'place', strength: 2, reason: 'compass' };
  }
  // "the towns of Jabla", "the village of Hibhib": a place noun and "of" name a place.
  if (before?.lower === 'of' && start - 2 >= sentence.tokenStart && clues['place-noun'].has(singular(tokens[start - 2]!.lower))) {
    return { kind: 'place', strength: 2, reason: 'place-of' };
  }
  // What only people do is read before a first name, which some towns share: "said Russell" is no town.
  if (after && after.sentence === sentence.index && SPEECH.has(after.lower)) return { kind: 'person', strength: 2, reason: 'speaker' };
  // "Dayton, who was supporting the operation": "who" after a comma speaks of a person.
  if (end - start === 1 && after?.text === ',' && tokens[end + 1]?.lower === 'who' && tokens[end + 1]!.sentence === sentence.index) return { kind: 'person', strength: 2, reason: 'who' };
  if (before && SPEECH.has(before.lower)) return { kind: 'person', strength: 2, reason: 'speaker' };
  // A first name alone ("Hassan told me"): a person, if not a place by its preposition; softer than a full name,
  // as some are towns too ("Vladimir"), which the places stage may read.
  if (end - start === 1 && clues.given.has(keys[start]!)) return { kind: 'person', strength: 2, reason: 'first-name' };
  if (after?.text === ',' && countryStarts.has(end + 1)) return { kind: 'place', strength: 2, reason: 'place-comma-country' };
  // "Keating's service", "Assad's policies": a word no English vocabulary has, owning something, is a person's name
  // once the places stage has not read it as a place.
  if (end - start === 1 && isPossessive(after) && tokens[start]!.common === false && writtenAsName(tokens[start]!)) {
    return { kind: 'person', strength: 1, reason: 'possessor' };
  }
  if (end - start > 1) {
    // Words no English vocabulary has, written as names ("Sadiq Maroof", "Knox Thames"): a person's name, unless the
    // places stage reads it as a place first; not after an article or a possessive, which a person's name does not take
    // ("the Boston Bruins").
    let foreign = !(before && (ARTICLES.has(before.lower) || POSSESSIVES.has(before.lower)));
    for (let i = start; i < end && foreign; i++) if (tokens[i]!.common !== false || !writtenAsName(tokens[i]!)) foreign = false;
    return { kind: 'person', strength: 1, reason: foreign ? 'foreign-name' : 'name' };
  }
  // One word alone: the subject of a verb is most often a person ("Karim insists"), otherwise a place. Only a word
  // written as a name is (a capital, then lower case), before a verb in lower case (a capitalised one is a word of
  // the name the tagger misread), not after a determiner ("the Scouts receive", "his Nationally televised"), which a
  // person's name does not take, nor after a capitalised word, whose name it ends ("Palestinian Studies is"), nor
  // before "is a" or "was an", which defines the name by what follows ("Bilka is a chain").
  if (after && after.sentence === sentence.index && (after.pos === 'VERB' || after.pos === 'AUX') && writtenAsName(tokens[start]!)
    && /^\p{Ll}/u.test(after.text)
    && !(before && (ARTICLES.has(before.lower) || POSSESSIVES.has(before.lower) || (/^\p{Lu}/u.test(before.text) && NAME_POS.has(before.pos))
      || (before.pos === 'VERB' && /^\p{Ll}/u.test(before.text))))
    && !(COPULAS.has(after.lower) && ARTICLES.has(tokens[end + 1]?.lower ?? '') && !definedAsPerson(tokens, keys, end + 2, sentence, compiled))) {
    // Opening its sentence, the capital says nothing of a common word: "Aid reached Gaza", "Gunfire wounded two" are
    // no people. A word no English vocabulary has is a name there too ("Sadiq beamed").
    const opening = sentenceInitial(tokens, start, sentence) && tokens[start]!.common !== false;
    return { kind: 'person', strength: 1, reason: opening ? 'opening-subject' : 'subject' };
  }
  return { kind: 'place', strength: 1, reason: 'single-word' };
}


/**
 * Does the noun phrase from `i` ("a commander", "a young shopkeeper") end in a word for one person? Then "Qanbar was a
 * commander" defines a person, where "Bilka is a chain" defines a thing.
 */
function definedAsPerson(tokens: Token[], keys: string[], i: number, sentence: Sentence, compiled: CompiledActors): boolean {
  let k = i;
  while (k < sentence.tokenEnd && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN') && !/^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === i) return false;
  return (compiled.senses.get(keys[k - 1]!) ?? []).some((s) => s.type === 'agent' && s.person) || compiled.clues['people-noun'].has(keys[k - 1]!);
}

const NAME_LINKS = new Set(['-', 'of', 'al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'der', 'da', 'la', 'le', '&']);

/**
 * Where a person's name starts in a capitalised run: at a given name after a description ("Tower Man George Hauser",
 * "Senior Kory Lichtensteiger"), or at the title before it ("County Coroner William McLaughlin" is "Coroner William
 * McLaughlin"), unless a body or place word heads the run ("Camp David Accords", "Saint John Church"). The run's
 * start otherwise.
 */
export function nameStart(tokens: Token[], keys: string[], start: number, end: number, compiled: CompiledActors): number {
  const { clues } = compiled;
  if (clues.given.has(keys[start]!)) return start;
  for (let k = start + 1; k < end - 1; k++) {
    if (!clues.given.has(keys[k]!)) continue;
    if (NAME_LINKS.has(keys[k - 1]!)) return start;
    for (let j = k; j < end; j++) if (clues.organization.has(keys[j]!) || clues.place.has(keys[j]!)) return start;
    if (clues['person-title'].has(keys[k - 1]!)) {
      // The title stays with the name, as in "President Putin": "Coroner William McLaughlin".
      let t = k - 1;
      while (t > start && clues['person-title'].has(keys[t - 1]!)) t--;
      return t;
    }
    // A description is made of common words ("Tower Man", "Senior"); a proper noun first is a first name
    // ("Carter Anthony Beauford").
    for (let j = start; j < k; j++) if (clues.organization.has(keys[j]!) || clues.place.has(keys[j]!) || tokens[j]!.pos === 'PROPN') return start;
    return k;
  }
  return start;
}
