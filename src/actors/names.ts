import type { Mention, MentionKind, Sentence, Token } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
import { guessKind, nameStart, SPEECH, type Guess } from './guess.js';
import type { Links } from './links.js';
import { isPossessive } from './possessive.js';
import { particleBefore } from './surnames.js';
import { isCapitalised, isHeadline, isLowerWord, OPENERS, sentenceInitial } from './words.js';

const ELIGIBLE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB', 'ADV']);
const OPEN_CLASS = new Set(['NOUN', 'VERB', 'ADJ', 'X']);
const LINKS = new Set([
  'of', 'de', 'du', 'des', 'del', 'la', 'le', 'al', 'el', 'ez', 'es', 'ed', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint',
  'van', 'von', 'der', 'den', 'da', 'dos', 'do', 'di', '-', '&',
]);
const JOINERS = new Set(['and', 'or', ',']);
const UNIT_NUMBER = /^\d+(?:st|nd|rd|th|d)?$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const FORCE_NUMBER = /^\d{1,3}$/;
/** Links that are English words too: inside a name only closed up with a hyphen ("as-Sham", "at-Tanf"). */
const HYPHENED = new Set(['as', 'at', 'an', 'ad', 'do', 'es', 'ed']);

/**
 * Does the token at `j` link two parts of a name ("Bank of England", "Deir ez-Zor", "Ministry of the Interior",
 * "Procter & Gamble")? Not "&" between two people's names ("David Christison & Lee Tate").
 */
function linksName(tokens: Token[], keys: string[], j: number, given: Set<string>): boolean {
  const lower = tokens[j]!.lower;
  if (lower === 'the') return tokens[j - 1]!.lower === 'of';
  if (!LINKS.has(lower)) return false;
  if (lower === '&') return !given.has(keys[j + 1] ?? '');
  return !HYPHENED.has(lower) || (tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === tokens[j]!.end);
}

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);

/**
 * A nickname in quotes inside a person's name, from the opening quote at `j` ("Col. John 'J.D.' Dorrian", "Richard
 * 'Tex' Coe"): one or two capitalised words, the closing quote, and a capitalised word after it. Returns the index
 * after the closing quote, or 0.
 */
function nicknameEnd(tokens: Token[], j: number, sentence: Sentence): number {
  if (!QUOTES.has(tokens[j]!.text)) return 0;
  for (let k = j + 2; k <= j + 3 && k + 1 < sentence.tokenEnd; k++) {
    if (!isCapitalised(tokens[k - 1]!)) return 0;
    if (QUOTES.has(tokens[k]!.text)) return isCapitalised(tokens[k + 1]!) ? k + 1 : 0;
  }
  return 0;
}

interface Run {
  start: number;
  end: number;
  sentence: Sentence;
  /** Particle tokens before the first capitalised word ("al", "-" in "al-Zarqawi"). */
  lead: number;
  key: string;
  guess: Guess;
  /** Mentions the name takes in ("Media" in "Fairfax Media", "Montreal" in "Montreal Hockey Club"). */
  absorbed: Mention[];
}

/**
 * Does a token start or continue a name? A sentence opener must be tagged a proper noun or be a given name, and must
 * not be written in lower case elsewhere in the article ("Hundreds of people ...", "... hundreds more"). Inside a
 * sentence of prose a capital is enough for a word the tagger read as a verb or adverb ("Julian Cope", "Rob
 * Broadfield"); in a headline only proper nouns count.
 */
function eligible(
  tokens: Token[], i: number, sentence: Sentence, keys: string[], compiled: CompiledActors, headline: boolean, lowerWords: Set<string>,
): boolean {
  const t = tokens[i]!;
  if (!isCapitalised(t) || compiled.clues['not-a-name'].has(keys[i]!)) return false;
  if (t.text.length === 1 && !/\p{L}/u.test(t.text)) return false;
  const initial = sentenceInitial(tokens, i, sentence);
  // "Cook said": a word opening the sentence before a verb of saying is a speaker's name, though the tagger reads it
  // as the common word ("cook"); a plural is not ("Witnesses said").
  if (initial) return !lowerWords.has(t.lower) && (t.pos === 'PROPN' || compiled.clues.given.has(keys[i]!) || speakerOpening(tokens, i, sentence));
  if (headline) return t.pos === 'PROPN';
  return ELIGIBLE_POS.has(t.pos);
}

/**
 * Names no dictionary knows: capitalised runs of words ("Tobias Ellwood", "Mosul University", "Raqqah") that no
 * mention covers and that are not sentence-initial common words, kept uncoded with a guessed kind, so nothing is
 * dropped in silence. A name takes the best-supported guess of all its uses; a single word that ends an earlier
 * person's name is that person ("Ellwood" after "Tobias Ellwood"). People and bodies with a clue are `added` as
 * mentions; likely places and names with little to go on are `candidates`, left for the places stage.
 */
export function findUnknownNames(
  text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], keys: string[], compiled: CompiledActors, links: Links,
): { added: Mention[]; candidates: Mention[]; removed: Set<Mention> } {
  // 0: free; 1: covered; 2: covered by a mention a longer name may take in (see below).
  const covered = new Uint8Array(tokens.length);
  const countryStarts = new Set<number>();
  // Capitalised sector words alone ("Media", "University") may be the head of a longer unknown name; so may known
  // places ("Montreal", "Mosul") open one that a clue heads ("Montreal Hockey Club", "Mosul Dam").
  const absorbable = new Map<number, Mention>();
  const placeAt = new Map<number, Mention>();
  const demonymAt = new Map<number, Mention>();
  for (const m of mentions) {
    covered.fill(1, m.tokenStart, m.tokenEnd);
    if (m.kind === 'country') countryStarts.add(m.tokenStart);
    if (m.kind === 'country' && m.how.includes('demonym') && m.tokenEnd - m.tokenStart === 1) demonymAt.set(m.tokenStart, m);
    if ((m.kind === 'agent' || m.kind === 'person') && m.country === null && m.entity === null && m.name === null
      && tokens.slice(m.tokenStart, m.tokenEnd).every((t) => isCapitalised(t) || t.lower === 'of')
      && !(sentences[m.sentence] !== undefined && sentenceInitial(tokens, m.tokenStart, sentences[m.sentence]!))) {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) absorbable.set(t, m);
      covered.fill(2, m.tokenStart, m.tokenEnd);
    } else if (m.kind === 'place' && m.entity !== null && m.tokenEnd - m.tokenStart <= 2) {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) placeAt.set(t, m);
      covered.fill(2, m.tokenStart, m.tokenEnd);
    }
  }
  const free = (i: number) => covered[i] !== 1;
  // Sentence openers are checked against the rest of the article: written in lower case elsewhere ("Hundreds ...
  // hundreds"), or capitalised inside a sentence. Only the openers' words are looked for.
  const openers = new Set<string>();
  for (const sentence of sentences) {
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd && OPENERS.has(tokens[k]!.text)) k++;
    if (k < sentence.tokenEnd && isCapitalised(tokens[k]!)) openers.add(tokens[k]!.lower);
  }
  const lowerWords = new Set<string>();
  const midCapitals = new Set<string>();
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (!openers.has(t.lower)) continue;
      if (isLowerWord(t)) lowerWords.add(t.text);
      else if (isCapitalised(t) && !sentenceInitial(tokens, i, sentence)) midCapitals.add(t.text);
    }
  }
  const runs: Run[] = [];
  const removed = new Set<Mention>();
  for (const sentence of sentences) {
    const headline = isHeadline(tokens, sentence);
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      if (!free(i) || !eligible(tokens, i, sentence, keys, compiled, headline, lowerWords)) {
        i++;
        continue;
      }
      let end = i + 1;
      for (let j = i + 1; j < sentence.tokenEnd && free(j); j++) {
        // A name never runs on over a line break: a heading or a list item ends there.
        if (lineBreakBefore(text, tokens, j)) break;
        if (eligible(tokens, j, sentence, keys, compiled, headline, lowerWords)) end = j + 1;
        else {
          const nickname = end === j ? nicknameEnd(tokens, j, sentence) : 0;
          if (nickname > 0) j = nickname - 1;
          else if (!linksName(tokens, keys, j, compiled.clues.given)) break;
        }
      }
      // "Students of Mosul University": a sentence-opening word before "of" is not part of the name unless it
      // heads one ("Bank of England").
      let of = -1;
      for (let j = i + 1; j < end && of < 0; j++) if (keys[j] === 'of') of = j;
      if (of > i && of < end - 1 && sentenceInitial(tokens, i, sentence) && !covered[i] && !compiled.clues.organization.has(keys[i]!)
        && !compiled.clues.place.has(keys[i]!) && keys.slice(i, of).every((k) => !compiled.clues.organization.has(k) && !compiled.clues.place.has(k))) {
        i = of + 1;
        continue;
      }
      // "County Coroner William McLaughlin", "Senior Kory Lichtensteiger": a title or a description before a given
      // name is not part of the name.
      i = nameStart(tokens, keys, i, end, compiled);
      // "John McLaughlin of the Mahavishnu Orchestra", "Gwen of Detroit": a person's name ends before "of".
      if (of > i && compiled.clues.given.has(keys[i]!)) end = of;
      // A title alone ("Mr", "Gen.") is no name.
      if (end - i === 1 && compiled.clues['person-title'].has(keys[i]!)) {
        i = end;
        continue;
      }
      // An adjective alone ("Kurdish", "Western") is no name, nor is a model number ("F-16", "B-2").
      if ((end - i === 1 && tokens[i]!.pos === 'ADJ') || hasDigit(tokens, i, end)) {
        i = end;
        continue;
      }
      // One word opening a sentence is a name only if the article writes it capitalised elsewhere too, or it is
      // the subject of a verb and no plural noun ("Karim insists", not "Explosions rocked"), or a word no English
      // vocabulary has owning something ("Keating's service") or described by "who" ("Dayton, who was").
      if (end - i === 1 && sentenceInitial(tokens, i, sentence) && !midCapitals.has(tokens[i]!.text)) {
        const next = tokens[end];
        const subject = next && next.sentence === sentence.index && (((next.pos === 'VERB' || next.pos === 'AUX') && !/[^s]s$/.test(tokens[i]!.lower))
          || (isPossessive(next) && tokens[i]!.common === false)
          || (next?.text === ',' && tokens[end + 1]?.lower === 'who' && tokens[i]!.common === false));
        if (!subject) {
          i = end;
          continue;
        }
      }
      const places = new Set<Mention>();
      for (let j = i; j < end; j++) if (covered[j] === 2 && placeAt.has(j)) places.add(placeAt.get(j)!);
      if (places.size > 0) {
        const head = guessKind(tokens, keys, i, end, sentence, compiled, countryStarts, new Map());
        const headed = head !== null && (head.reason === 'organization-word' || head.reason === 'place-word') && !placeAt.has(end - 1);
        if (!headed) {
          // No clue heads it: the known place stays, and the name (if any) ends before it.
          const first = [...places].reduce((a, b) => (a.tokenStart < b.tokenStart ? a : b));
          if (first.tokenStart <= i) {
            i = first.tokenEnd;
            continue;
          }
          end = first.tokenStart;
          while (end > i && !eligible(tokens, end - 1, sentence, keys, compiled, headline, lowerWords)) end--;
        }
      }
      // A run made only of sector words stays what the dictionary said it was.
      let own = 0;
      for (let j = i; j < end; j++) if (!covered[j] || placeAt.has(j)) own++;
      if (own === 0 || end <= i) {
        i = end;
        continue;
      }
      const absorbed = new Map<number, Mention>();
      for (let j = i; j < end; j++) if (covered[j] === 2 && absorbable.has(j)) absorbed.set(j, absorbable.get(j)!);
      let guess = guessKind(tokens, keys, i, end, sentence, compiled, countryStarts, absorbed);
      // "to Raqqah and Deir ez-Zor": a name joined to the one before takes its kind when it has no clue of its own,
      // if the one before has a clue: a guess with nothing to go on lends no support ("of Husaybah and Karabilah").
      const previous = runs[runs.length - 1];
      if (guess && guess.strength < 2 && previous && previous.guess.strength >= 2 && previous.end === i - 1 && previous.sentence === sentence && JOINERS.has(tokens[i - 1]!.lower)) {
        guess = { ...previous.guess, strength: 2, reason: 'coordinated' };
      }
      if (guess) {
        const inRun = [...places].filter((m) => m.tokenStart >= i && m.tokenEnd <= end);
        // "al-Zarqawi", "bin Laden": a lower-case particle opens the name; "the 82nd Airborne Division", "the 507th ARW":
        // a number opens a unit's, an ordinal one an acronym's.
        const numbered = guess.reason === 'organization-word' ? UNIT_NUMBER : guess.reason === 'acronym' ? ORDINAL : null;
        const lead = particleBefore(tokens, i, sentence, covered)
          || (numbered && i > sentence.tokenStart && !covered[i - 1] && numbered.test(tokens[i - 1]!.text) ? 1 : 0);
        // "CTF 50", "TF 51": a task force's number closes its acronym (not a year).
        if (guess.reason === 'acronym' && end < sentence.tokenEnd && !covered[end] && FORCE_NUMBER.test(tokens[end]!.text)) end++;
        // "Abu Jandal al-Kuwaiti": "al-" and a nationality (a nisba) end a person's name.
        const nisba = guess.kind === 'person' && guess.strength >= 2 ? nisbaAt(tokens, end, sentence, demonymAt) : undefined;
        if (nisba) end = nisba.tokenEnd;
        runs.push({
          start: i - lead, end, lead, sentence, key: keys.slice(i - lead, end).join(' '), guess,
          absorbed: [...absorbed.values(), ...inRun, ...(nisba ? [nisba] : [])],
        });
      }
      i = end;
    }
  }
  // One kind per name: the kind all its uses support most together, so that one "from Stan" does not outweigh
  // "Stan believes", "Stan tries", "tells Stan"; then the best-supported guess of that kind. A clue counts as the
  // square of its strength: a clue of the words themselves ("KONAMI", an acronym) against four readings by position.
  const support = new Map<string, Map<MentionKind, number>>();
  for (const r of runs) {
    let byKind = support.get(r.key);
    if (!byKind) support.set(r.key, (byKind = new Map()));
    byKind.set(r.guess.kind, (byKind.get(r.guess.kind) ?? 0) + r.guess.strength * r.guess.strength);
  }
  const best = new Map<string, Guess>();
  for (const r of runs) {
    const byKind = support.get(r.key)!;
    const b = best.get(r.key);
    const weight = byKind.get(r.guess.kind)!;
    const bWeight = b ? byKind.get(b.kind)! : -1;
    if (!b || weight > bWeight || (weight === bWeight && r.guess.strength > b.strength)) best.set(r.key, r.guess);
  }
  // Earlier people by the last word of their name, to read a later surname alone as them.
  const people = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === 'person' && m.name && !people.has(lastWordKey(m.name))) people.set(lastWordKey(m.name), links.antecedent.get(m) ?? m);
  const firstNames = new Map<string, Mention>();
  const out: Mention[] = [];
  const candidates: Mention[] = [];
  for (const r of runs) {
    const s = tokens[r.start]!.start;
    const e = tokens[r.end - 1]!.end;
    const candidate = r.end - r.start - r.lead === 1 ? (people.get(keys[r.end - 1]!) ?? firstNames.get(r.key)) : undefined;
    const earlier = candidate && candidate.start < s ? candidate : undefined;
    const guess = best.get(r.key)!;
    const mention: Mention = {
      text: text.slice(s, e), start: s, end: e, tokenStart: r.start, tokenEnd: r.end, sentence: r.sentence.index,
      kind: earlier ? earlier.kind : guess.kind, code: earlier?.code ?? null, country: earlier?.country ?? null,
      sectors: earlier ? [...earlier.sectors] : [], name: earlier?.name ?? text.slice(s, e), entity: earlier?.entity ?? null,
      antecedent: null, how: earlier ? referenceHow(earlier) : ['unknown', `guess:${guess.reason}`],
    };
    if (earlier) links.antecedent.set(mention, earlier);
    else if (mention.kind === 'person' && r.end - r.start - r.lead > 1) {
      people.set(keys[r.end - 1]!, mention);
      // "Jared" after "Jared Leto": a given name alone is the person last named by it.
      if (compiled.clues.given.has(keys[r.start]!)) firstNames.set(keys[r.start]!, mention);
    }
    // A person or body with a clue is a mention now; a likely place, or a name with little to go on, waits for the
    // places stage, which knows a gazetteer (see `unknownNames`).
    if (earlier || (mention.kind !== 'place' && guess.strength >= 2)) {
      out.push(mention);
      for (const m of r.absorbed) removed.add(m);
    } else candidates.push(mention);
  }
  return { added: out, candidates, removed };
}

function lastWordKey(name: string): string {
  const words = name.toLowerCase().split(/[\s]+/);
  return words[words.length - 1]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** How a name used again is found: as its antecedent was, a known one by coreference, an unknown one with its guess. */
function referenceHow(earlier: Mention): string[] {
  if (earlier.how[0] !== 'unknown') return ['coreference'];
  return ['unknown', 'coreference', ...earlier.how.filter((h) => h.startsWith('guess:'))];
}

/** The nationality after "al-" or "el-" at `k` that ends a person's name ("al-Kuwaiti", "al-Masri"), if any. */
function nisbaAt(tokens: Token[], k: number, sentence: Sentence, demonymAt: ReadonlyMap<number, Mention>): Mention | undefined {
  const article = tokens[k]?.lower;
  if (k >= sentence.tokenEnd || (article !== 'al' && article !== 'el')) return undefined;
  return demonymAt.get(tokens[k + 1]?.text === '-' ? k + 2 : k + 1);
}

/**
 * Does the word at `i`, an open-class word the tagger may misread ("Cook" as a verb) but no pronoun ("They") nor a
 * plural ("Witnesses"), stand right before a verb of saying in its sentence?
 */
function speakerOpening(tokens: Token[], i: number, sentence: Sentence): boolean {
  const next = tokens[i + 1];
  return OPEN_CLASS.has(tokens[i]!.pos) && next !== undefined && i + 1 < sentence.tokenEnd && SPEECH.has(next.lower) && !/[^s]s$/.test(tokens[i]!.lower);
}

/** Is there a line break between token `j` and the one before it? */
function lineBreakBefore(text: string, tokens: Token[], j: number): boolean {
  for (let c = tokens[j - 1]!.end; c < tokens[j]!.start; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

/** Does a token of `[start, end)` hold a digit ("F-16", "B-2")? */
function hasDigit(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i]!.text;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
    }
  }
  return false;
}
