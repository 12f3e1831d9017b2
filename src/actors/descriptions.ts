import type { Mention, MentionKind, Sentence, Token } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
import { isLowerWord, POSSESSIVES, sentenceInitial, TIME_NOUNS } from './words.js';

const MODIFIERS = new Set(['ADJ', 'NOUN']);
/** Nouns of a large number that "of others" follows: "scores of others". */
const QUANTITY_NOUNS = new Set(['scores', 'dozens', 'hundreds', 'thousands', 'millions']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'some', 'no', 'one', 'another']);
/** Heads whose definite description points back at the last place of that precision ("the city" after "Mosul"). */
const PLACE_BACK: Record<string, (m: Mention) => boolean> = {
  city: (m) => m.kind === 'place' && m.place?.precision === 'city',
  town: (m) => m.kind === 'place' && m.place?.precision === 'city',
  village: (m) => m.kind === 'place' && m.place?.precision === 'city',
  country: (m) => m.kind === 'country' && !m.how.includes('demonym'),
};
/** Bodies a definite description points back at: named organisations, or a government for "the regime". */
const BODY_BACK: Record<string, (m: Mention) => boolean> = {
  group: (m) => m.kind === 'organization' && (m.code !== null || m.entity !== null),
  organization: (m) => m.kind === 'organization' && (m.code !== null || m.entity !== null),
  organisation: (m) => m.kind === 'organization' && (m.code !== null || m.entity !== null),
  movement: (m) => m.kind === 'organization' && (m.code !== null || m.entity !== null),
  regime: (m) => m.sectors.includes('GOV'),
};

/** Adverbs standing for a place, "here" where the writer is, "there" a place named before. */
const PLACE_ADVERBS = new Set(['here', 'there']);
/** Verbs after "there" or "here" that make it no place: "there is", "there must be", "here are the facts". */
const EXISTENTIAL = new Set([
  'is', 'are', 'was', 'were', 'be', "'s", '’s', 'has', 'have', 'had', 'can', 'could', 'must', 'will', 'would', 'may', 'might',
  'should', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'exist', 'exists', 'comes', 'come', 'goes',
]);

/**
 * "here" and "there" as places ("their life is here", "we won't get there"), not opening a sentence of being ("there
 * are reports", "here is the list") nor after a verb of being that asks ("were there any agreements?").
 */
function placeAdverb(tokens: Token[], i: number, sentence: Sentence): boolean {
  const next = tokens[i + 1];
  if (next && next.sentence === sentence.index && EXISTENTIAL.has(next.lower)) return false;
  const before = tokens[i - 1];
  const asks = next !== undefined && next.sentence === sentence.index && (next.pos === 'DET' || next.pos === 'NUM');
  return !(before && before.sentence === sentence.index && EXISTENTIAL.has(before.lower) && (i - 1 === sentence.tokenStart || /^\p{Lu}/u.test(before.text) || asks));
}

/** The singular of a regular English plural ("cities", "bridges", "positions", "heroes"); the word itself otherwise. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(word) || (word.length > 5 && word.endsWith('oes'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** What a description noun names: a place, a body or a group of people; null for other words. */
function headKind(compiled: CompiledActors, word: string): { kind: MentionKind; noun: string } | null {
  const { clues } = compiled;
  for (const noun of word === singular(word) ? [word] : [word, singular(word)]) {
    if (clues['place-noun'].has(noun)) return { kind: 'place', noun };
    if (clues['body-noun'].has(noun)) return { kind: 'organization', noun };
    if (clues['people-noun'].has(noun)) return { kind: 'agent', noun };
  }
  return null;
}

/** A nationality adjective alone ("Iraqi"), not a country's name or a composed actor ("Iraqi army"). */
const isDemonym = (m: Mention) => m.kind === 'country' && m.how.includes('demonym') && m.sectors.length === 0;

/**
 * Descriptions of places, bodies and groups of people that no other mention covers ("the city", "a military
 * barracks", "the group", "our coalition partners", "the victims"): the noun phrase a description noun heads, with
 * its adjectives, noun modifiers and a possessive pronoun, without the article. They are uncoded mentions of their
 * kind (a group of people is an `agent`, as "civilians" is); "the city", "the country", "the group" and "the
 * regime" point back at the last place, country, organisation or government named. A description noun right after
 * a nationality adjective ("the Iraqi people", "Syrian territory"), or a people noun right after an organisation
 * ("Coalition partners", "Hamas members"), is a description beside that mention, which stays as it was. `mentions`
 * are in text order.
 */
export function findDescriptions(
  text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], compiled: CompiledActors,
): { added: Mention[]; antecedents: Map<Mention, Mention> } {
  const covered = new Uint8Array(tokens.length);
  const demonymEnds = new Set<number>();
  const bodyEnds = new Set<number>();
  const actorEnds = new Set<number>();
  for (const m of mentions) {
    covered.fill(1, m.tokenStart, m.tokenEnd);
    if (isDemonym(m)) demonymEnds.add(m.tokenEnd);
    else if (m.kind === 'organization') bodyEnds.add(m.tokenEnd);
    if (m.kind === 'organization' || m.kind === 'agent' || m.kind === 'person') actorEnds.add(m.tokenEnd);
  }
  const added: Mention[] = [];
  const antecedents = new Map<Mention, Mention>();
  let seen = 0;
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!covered[i] && PLACE_ADVERBS.has(t.text) && placeAdverb(tokens, i, sentence)) {
        added.push({
          text: t.text, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, kind: 'place', code: null,
          country: null, sectors: [], name: null, entity: null, antecedent: null, how: ['pronoun', 'unresolved'],
        });
        continue;
      }
      if (!covered[i] && t.text === 'others') {
        const start = othersStart(tokens, i, sentence, actorEnds);
        if (start >= 0) {
          const first = tokens[start]!;
          added.push({
            text: text.slice(first.start, t.end), start: first.start, end: t.end, tokenStart: start, tokenEnd: i + 1, sentence: t.sentence,
            kind: 'agent', code: null, country: null, sectors: [], name: null, entity: null, antecedent: null, how: ['description'],
          });
        }
        continue;
      }
      // A common word capitalised as the first of its sentence is read as in lower case ("Witnesses believe").
      const opening = t.common === true && (t.pos === 'NOUN' || t.pos === 'PROPN') && sentenceInitial(tokens, i, sentence);
      if (covered[i] || (!opening && (t.pos !== 'NOUN' || !isLowerWord(t)))) continue;
      // A head of one word, or of two ("the front line").
      const compound = i > sentence.tokenStart && (compiled.compoundHeads.has(t.lower) || compiled.compoundHeads.has(singular(t.lower)))
        && isLowerWord(tokens[i - 1]!);
      const head = headKind(compiled, t.lower) ?? (compound ? headKind(compiled, `${tokens[i - 1]!.lower} ${t.lower}`) : null);
      if (!head) continue;
      // The noun must head its phrase: "city" in "the city centre" does not, nor "border" in "border crossings"; a noun
      // of time after it is no head ("told reporters today").
      const next = tokens[i + 1];
      if (next && next.sentence === t.sentence && ((next.pos === 'NOUN' && !TIME_NOUNS.has(next.lower)) || next.pos === 'PROPN' || (next.text === '-' && next.start === t.end))) continue;
      const start = phraseStart(tokens, i, sentence, covered);
      // "in the interest of building a new Syria": an -ing word taking an object is a verb, no building.
      if (next && next.sentence === t.sentence && next.pos === 'DET' && t.lower.endsWith('ing')) continue;
      // "took place", "in place": "place" with nothing before it is part of an idiom, not a place.
      if (t.lower === 'place' && start === i && !DETERMINERS.has(tokens[i - 1]?.lower ?? '')) continue;
      // "Mosul city", "Raqqa province", "Syria's people": part of a name, or of a possessive phrase, left alone; with
      // modifiers between, a name is a modifier ("ISIL tactical units" has "tactical units"), as a nationality
      // adjective is ("the Syrian people" has "people") and a body before a people noun ("Coalition partners").
      const before = tokens[start - 1];
      // A word for people or a body after a name no English vocabulary has, and no mention covers, is described by
      // it ("the Yazidi community"); a place noun is part of the name ("Karrada district").
      const named = before !== undefined && (covered[start - 1] === 1 || (before.pos === 'PROPN' && (head.kind === 'place' || before.common !== false)));
      const modifier = start === i && (demonymEnds.has(start) || (head.kind === 'agent' && bodyEnds.has(start)));
      if (before && before.sentence === t.sentence && ((named && start === i && !modifier) || before.lower === "'s" || before.lower === '’s')) continue;
      const first = tokens[start]!;
      const mention: Mention = {
        text: text.slice(first.start, t.end), start: first.start, end: t.end, tokenStart: start, tokenEnd: i + 1, sentence: t.sentence,
        kind: head.kind, code: null, country: null, sectors: [], name: null, entity: null, antecedent: null, how: ['description'],
      };
      const back = before?.lower === 'the' && start === i ? (PLACE_BACK[head.noun] ?? BODY_BACK[head.noun]) : undefined;
      if (back) {
        while (seen < mentions.length && mentions[seen]!.tokenEnd <= start) seen++;
        for (let k = seen - 1; k >= 0; k--) {
          if (back(mentions[k]!)) {
            antecedents.set(mention, mentions[k]!);
            mention.how.push('coreference');
            break;
          }
        }
      }
      added.push(mention);
      if (head.kind !== 'place') actorEnds.add(mention.tokenEnd);
    }
  }
  return { added, antecedents };
}

/**
 * Where "others" at `i` opens a mention of people, or -1: counted ("200 others", "scores of others"), known ("the
 * others"), or closing a list of actors ("Popular Mobilization Forces, and others"); not "in partnership with others"
 * or "meet others", which say nothing of who.
 */
function othersStart(tokens: Token[], i: number, sentence: Sentence, actorEnds: ReadonlySet<number>): number {
  if (i === sentence.tokenStart) return -1;
  const before = tokens[i - 1]!;
  if (before.pos === 'NUM') return i - 1;
  if (before.lower === 'the') return i;
  if (before.lower === 'of' && i - 2 >= sentence.tokenStart && QUANTITY_NOUNS.has(tokens[i - 2]!.lower)) return i - 2;
  if (before.lower !== 'and' && before.lower !== 'or') return -1;
  const end = tokens[i - 2]?.text === ',' ? i - 2 : i - 1;
  return end > sentence.tokenStart && actorEnds.has(end) ? i : -1;
}

/** The first token of the noun phrase headed at `i`: adjectives, lower-case noun modifiers, a possessive pronoun. */
function phraseStart(tokens: Token[], i: number, sentence: Sentence, covered: Uint8Array): number {
  let start = i;
  for (let j = i - 1; j >= sentence.tokenStart && !covered[j]; j--) {
    const t = tokens[j]!;
    // "Kurdish-controlled", "command-and-control": hyphenated modifiers closed up with their neighbours.
    if (t.text === '-' && j > sentence.tokenStart && tokens[j - 1]!.end === t.start && tokens[j + 1]!.start === t.end) continue;
    if (MODIFIERS.has(t.pos) && (isLowerWord(t) || t.pos === 'ADJ')) start = j;
    else if (POSSESSIVES.has(t.lower) && t.pos !== 'ADJ') {
      start = j;
      break;
    } else break;
  }
  // A hyphen is never the first token.
  while (start < i && tokens[start]!.text === '-') start++;
  return start;
}
