import { isInitial } from '../actors/words.js';
import type { Mention, Sentence, Token } from '../model/index.js';
import { monthOf } from '../time/words.js';
import { DIVISION } from './build.js';
import { placeKey } from './fold.js';
import { capitalised, glued, JOINERS, nameToken, notNameStart, ONE_WORD, shouted, WORD } from './tokens.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { DIRECTION, INSTITUTION, LOCATIVE, NEVER, PLACE_MODIFIERS, NOT_THE_CITY_AFTER, OF_PLACE, PLACE_KEEPING_AFTER, SAYING } from './words.js';

/** A stretch of tokens the gazetteer knows, with what may have been meant and how the text frames it. */
export interface PlaceSpan {
  tokenStart: number;
  tokenEnd: number;
  /** The folded name as written. */
  key: string;
  candidates: Candidate[];
  /** After a locative word ("in", "near", "north of"). */
  locative: boolean;
  /** One word opening its sentence, where any word is capitalised. */
  initial: boolean;
}

/** What recognition needs besides the gazetteer. */
export interface RecognizeInput {
  text: string;
  tokens: Token[];
  /** Token → index of the mention covering it, or -1. */
  covered: Int32Array;
  mentions: Mention[];
  /** Whether the actor dictionaries know this surface (and so the actors stage decided about it). */
  actorKnows(surface: string): boolean;
  /** Folded names that need a locative word. */
  ambiguous: ReadonlySet<string>;
  /** Token span of the dateline, or null. */
  dateline: [number, number] | null;
}

const MAX_TOKENS = 6;
/** A city this big is known by its name wherever the name is capitalised inside a sentence. */
const BIG_CITY = 1_000_000;
/** Lower-case words inside GeoNames names: "Rio de Janeiro", "Stratford-upon-Avon", "Sharm el-Sheikh". */
const CONNECTORS = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'an', 'ar', 'as', 'ash',
  'at', 'ad', 'az', 'ed', 'en', 'es', 'et', 'of', 'on', 'upon', 'the', 'and', 'y', 'e', 'i', 'sur', 'am', 'im', 'an',
  'der', 'den', 'van', 'von', 'bei', 'na', 'nad', 'pod', 'bin', 'ibn', 'abu', 'ul', 'us', 'ut',
]);
/** Connectors that carry a name on past a place name: "Stade de France", "Bank of England", "Abu Dhabi". */
const NAME_CARRIERS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'of', 'upon', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'abu']);
/** Particles inside people's names, between a given name and a family name: "von Schlegel", "al-Zarqawi". */
const PERSON_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn']);
/** The key of tokens `[from, to)`: their text with the original spacing, folded. */
export function spanKey(text: string, tokens: Token[], from: number, to: number): string {
  return placeKey(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}

/** Whether the name at `i` follows a locative word: "in Aleppo", "in the Gaza Strip", "north of Homs". */
export function locativeBefore(tokens: Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || PLACE_MODIFIERS.has(tokens[k]!.lower))) k--;
  if (k < sentenceStart) return false;
  const w = tokens[k]!.lower;
  if (LOCATIVE.has(w)) return true;
  if (w !== 'of' || k - 1 < sentenceStart) return false;
  // "north of Homs", "residents of Qamishli"; "Mark Smith, 54, of Tyler": where a person named with an age is from.
  return OF_PLACE.has(tokens[k - 1]!.lower) || (tokens[k - 1]!.text === ',' && tokens[k - 2]?.pos === 'NUM');
}

/**
 * Guesses of the actors stage that make an unknown name a person, not a place: by its words ("President X", "John
 * X") or by what only people do ("said Burns", "Dayton, who was").
 */
const PERSON_GUESSES = new Set(['guess:person-title', 'guess:given', 'guess:initial', 'guess:speaker', 'guess:who']);

/** An unknown name the actors stage could not code: the gazetteer may read it as a place ("Enfield said" aside). */
function unknownName(m: Mention): boolean {
  return m.how.includes('unknown') && !m.how.some((h) => PERSON_GUESSES.has(h));
}

/**
 * Whether token `k` is inside a mention a place name may take in: a country or place mention inside a longer name
 * ("British" in "British Columbia", "Mexico" in "New Mexico"), or an unknown name the actors stage only guessed at.
 */
function softMention(mention: Mention): boolean {
  return ((mention.kind === 'country' || mention.kind === 'place') && !mention.how.includes('metonymy')) || unknownName(mention);
}

/** `soft` of every mention, computed once per document. */
const softCache = new WeakMap<Mention[], Uint8Array>();

function soft(input: RecognizeInput, k: number): boolean {
  const m = input.covered[k]!;
  if (m < 0) return false;
  let flags = softCache.get(input.mentions);
  if (!flags) {
    flags = Uint8Array.from(input.mentions, (x) => (softMention(x) ? 1 : 0));
    softCache.set(input.mentions, flags);
  }
  return flags[m] === 1;
}

/**
 * The longest gazetteer name starting at `i`, within the sentence and outside other mentions; it may take in whole
 * country or place mentions when it is longer than them, and unknown names whole.
 */
function longestAt(input: RecognizeInput, gazetteer: Gazetteer, sentence: Sentence, i: number): { end: number; candidates: Candidate[] } | null {
  const { tokens, covered, text, mentions } = input;
  let best: { end: number; candidates: Candidate[] } | null = null;
  for (let j = i; j < Math.min(sentence.tokenEnd, i + MAX_TOKENS); j++) {
    const t = tokens[j]!;
    if ((covered[j]! >= 0 && !soft(input, j)) || !nameToken(t)) break;
    if (JOINERS.has(t.text)) continue;
    const inWord = j > i && glued(tokens, j);
    // GeoNames names go on in capitals or connectors; authored ones also in their own lower-case words.
    if (j > i && !inWord && !capitalised(t) && !CONNECTORS.has(t.lower) && !gazetteer.continues(t.lower)) break;
    // A name never ends inside a word.
    if (glued(tokens, j + 1)) continue;
    const inside = covered[j]! >= 0 ? mentions[covered[j]!]! : null;
    // A name ending inside a mention would cut it: only names ending where the mention ends are tried.
    if (inside && inside.tokenEnd !== j + 1) continue;
    const first = covered[i]! >= 0 ? mentions[covered[i]!]! : null;
    if (first && first.tokenStart !== i) continue;
    // A country or place mention is taken in only by a longer name; an unknown name also by the same one.
    if (first && first.tokenEnd >= j + 1 && !(unknownName(first) && first.tokenEnd === j + 1)) continue;
    if (inside && inside !== first && inside.tokenStart === j && !unknownName(inside) && inside.tokenEnd === j + 1 && j === i) continue;
    const candidates = gazetteer.lookup(spanKey(text, tokens, i, j + 1));
    if (candidates.length > 0) best = { end: j + 1, candidates };
  }
  return best;
}

/** Whether a capitalised run from `k` names an institution or a building: "Paris Town Hall", "Toronto General Hospital". */
function institutionAfter(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 5); j++) {
    const t = tokens[j]!;
    if (INSTITUTION.has(t.lower)) return true;
    if (!capitalised(t) && !CONNECTORS.has(t.lower) && t.text !== '&') return false;
  }
  return false;
}

/**
 * Capitalised words next to a name make it part of a longer name ("Paris Hilton", "Washington Post", "John Lincoln"),
 * except a word opening the sentence ("Former New York Gov."), a day or a month ("Toronto Saturday night"), a change
 * from capitals to lower case ("WASHINGTON Barack Obama") and an institution the place names ("Paris Town Hall").
 */
function insideLongerName(input: RecognizeInput, sentence: Sentence, from: number, to: number): boolean {
  const { tokens, covered } = input;
  const before = from > sentence.tokenStart ? tokens[from - 1] : undefined;
  const after = to < sentence.tokenEnd ? tokens[to] : undefined;
  const freeName = (t: Token | undefined, k: number) =>
    t !== undefined && covered[k]! < 0 && capitalised(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && WORD.test(t.text)
    && !NEVER.has(t.lower);
  const keeping = after !== undefined && PLACE_KEEPING_AFTER.has(after.lower.replace(/\.$/, ''));
  // A capitalised word opening the sentence may be any word ("Former New York Gov."), the more so before an office.
  const opening = from - 1 === sentence.tokenStart && (before!.pos !== 'PROPN' || keeping);
  // An initial ("Isiah L. Booker", "George F. Hauser") is in capitals, but no shouting.
  const initial = before !== undefined && isInitial(before);
  if (freeName(before, from - 1) && !DIRECTION.has(before!.lower) && (initial || before!.text !== before!.text.toUpperCase()) && !opening) return true;
  // "Dorothea von Schlegel", "Abu Musab al-Zarqawi": a particle of a person's name between a name and the place's.
  const particle = before?.text === '-' && before.end === tokens[from]!.start ? from - 2 : from - 1;
  if (particle > sentence.tokenStart && PERSON_PARTICLES.has(tokens[particle]!.lower) && freeName(tokens[particle - 1], particle - 1)) return true;
  const last = tokens[to - 1]!;
  const shouting = last.text.length > 1 && last.text === last.text.toUpperCase();
  if (freeName(after, to) && !keeping
    && !(shouting && after!.text !== after!.text.toUpperCase()) && !institutionAfter(tokens, to, sentence.tokenEnd)) return true;
  // "Stade de France", "Bank of England": a connector then a capitalised word continues a longer name, also closed up
  // with a hyphen ("Mohan al-Freiji").
  if (after !== undefined && NAME_CARRIERS.has(after.lower)) {
    const next = tokens[to + 1]?.text === '-' && tokens[to + 1]!.start === after.end ? to + 2 : to + 1;
    if (next < sentence.tokenEnd && capitalised(tokens[next])) return true;
  }
  return after !== undefined && NOT_THE_CITY_AFTER.has(after.lower);
}

/**
 * Place names in a document's text that no actor mention covers: the longest gazetteer name at each capitalised
 * word (or a direction word opening a region, "northeast Syria"), kept when the text reads it as a place.
 */
export function findPlaceSpans(input: RecognizeInput, gazetteer: Gazetteer, sentences: Sentence[]): PlaceSpan[] {
  const { tokens, covered, text } = input;
  const out: PlaceSpan[] = [];
  const nameParts = new Set<string>();
  for (const sentence of sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const t = tokens[i]!;
      if (covered[i]! >= 0 && !soft(input, i)) {
        i = Math.max(i + 1, input.mentions[covered[i]!]!.tokenEnd);
        continue;
      }
      const upper = capitalised(t);
      const opensRegion = !upper && DIRECTION.has(t.lower);
      // Function words open no GeoNames name ("The", "In"), unless written in capitals with what follows (a dateline,
      // not "AN Edmonton man"); nor does a piece of a word the tokenizer cut.
      if (!(upper || opensRegion) || (upper && notNameStart(tokens, i, sentence.tokenStart) && !(shouted(t) && shouted(tokens[i + 1])))
        || !nameToken(t) || glued(tokens, i)) {
        i++;
        continue;
      }
      const found = longestAt(input, gazetteer, sentence, i);
      if (!found && covered[i]! >= 0) {
        i = input.mentions[covered[i]!]!.tokenEnd;
        continue;
      }
      if (!found) {
        // A run of capitalised words that is no place is a name of someone or something: remember its words.
        if (capitalised(t) && t.pos === 'PROPN') nameParts.add(t.lower);
        i++;
        continue;
      }
      const { end, candidates } = found;
      const inDateline = input.dateline !== null && i >= input.dateline[0] && end <= input.dateline[1];
      if (keep(input, sentence, i, end, candidates, gazetteer, nameParts, inDateline)) {
        const initial = end - i === 1 && (i === sentence.tokenStart || /^["“‘'(]$/.test(tokens[i - 1]!.text));
        out.push({
          tokenStart: i, tokenEnd: end, key: spanKey(text, tokens, i, end), candidates, initial,
          locative: inDateline || locativeBefore(tokens, i, sentence.tokenStart),
        });
        i = end;
      } else {
        for (let k = i; k < end; k++) if (capitalised(tokens[k])) nameParts.add(tokens[k]!.lower);
        i = end;
      }
    }
  }
  return out;
}

/** Whether a division or country follows the name after a comma: "Buffalo, New York", "Reading, England". */
function qualifiedAfter(input: RecognizeInput, gazetteer: Gazetteer, to: number): boolean {
  const { tokens, text } = input;
  if (tokens[to]?.text !== ',' || !capitalised(tokens[to + 1])) return false;
  for (let j = to + 2; j <= Math.min(tokens.length, to + 4); j++) {
    const key = spanKey(text, tokens, to + 1, j);
    const wide = gazetteer.lookup(key).some((c) => {
      const p = gazetteer.precisionAt(c.entry);
      return p === 'admin1' || p === 'country';
    });
    if (wide || gazetteer.has(DIVISION + key)) return true;
  }
  return false;
}

function keep(
  input: RecognizeInput, sentence: Sentence, from: number, to: number, candidates: Candidate[], gazetteer: Gazetteer,
  nameParts: ReadonlySet<string>, inDateline: boolean,
): boolean {
  const { tokens, text } = input;
  const first = tokens[from]!;
  const surface = text.slice(first.start, tokens[to - 1]!.end);
  // The actors stage read these words and chose no place ("Jordan Peterson", "the police", a demonym).
  if (input.actorKnows(surface)) return false;
  // "May 11", "in March": a month's name alone is a date in news copy, not one of the towns so called ("Mayville" is
  // also "May"; March, England).
  if (to - from === 1 && monthOf(first.text) > 0) return false;
  if (inDateline) return true;
  // GeoNames names are capitalised word by word: "The meeting" is no town; authored names may run on in lower case.
  const authored = candidates.some((c) => gazetteer.authoredAt(c.entry));
  if (!authored) {
    if (notNameStart(tokens, from, sentence.tokenStart) && first.text !== first.text.toUpperCase()) return false;
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k]!;
      if (!capitalised(t) && !CONNECTORS.has(t.lower) && !JOINERS.has(t.text) && !glued(tokens, k)) return false;
    }
  }
  // One word, though the tokenizer may have cut it ("Brăila").
  const single = to - from === 1 || (!surface.includes(' ') && ONE_WORD.test(surface));
  if (single && DIRECTION.has(first.lower)) return false;
  const bare = (single ? surface.toLowerCase() : first.lower).replace(/[.'’]/g, '');
  if (single && NEVER.has(bare)) return false;
  // Initials and short acronyms ("E.", "BA", "FDA") are not GeoNames towns, whatever the table holds.
  if (!authored && to - from === 1 && (bare.length <= 1 || (first.text === first.text.toUpperCase() && bare.length <= 4))) return false;
  // A direction word opens only an authored region ("northeast Syria"), not "northern Edmonton".
  if (!capitalised(first) && !candidates.some((c) => gazetteer.precisionAt(c.entry) === 'region')) return false;
  const locative = locativeBefore(tokens, from, sentence.tokenStart);
  if (single && input.ambiguous.has(bare) && !locative && !qualifiedAfter(input, gazetteer, to)) return false;
  if (insideLongerName(input, sentence, from, to)) return false;
  if (single && !locative) {
    // A division or country is a name wherever it is not opening the sentence ("the B.C. government").
    // So is a big city's name the tagger took for a verb ("cities like Beijing and Shanghai").
    const known = from > sentence.tokenStart && candidates.some((c) => {
      const p = gazetteer.precisionAt(c.entry);
      return p === 'admin1' || p === 'country' || (p === 'city' && c.primary && gazetteer.populationAt(c.entry) >= BIG_CITY);
    });
    // Sentence-initial or otherwise non-name words ("Security", "Most") are words, not towns.
    if (first.pos !== 'PROPN' && !known) return false;
    if (nameParts.has(bare) && !known) return false;
    const next = tokens[to];
    if (next && SAYING.has(next.lower)) return false;
  }
  return true;
}
