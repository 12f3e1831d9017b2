import type { Mention, Sentence, Token } from '../model/index.js';
import type { CompiledActors, Sense } from './dictionary/compile.js';
import type { NamedEntry } from './dictionary/types.js';
import type { DictionaryMatch } from './match.js';
import { roleOn, splitCode } from './roles.js';
import { isPossessive } from './possessive.js';
import { titledPerson } from './titled.js';
import { isHeadline, TIME_NOUNS } from './words.js';

type CountrySense = Extract<Sense, { type: 'country' }>;
type NamedSense = Extract<Sense, { type: 'named' }>;

/** What the article says around a mention: its date, and how often each country is named in it. */
export interface Context {
  date: string | null;
  countries: Map<string, number>;
}

const NAME_LINKS = new Set(['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'da', 'abu', 'la', 'le', '-', 'of']);
const FORMER = new Set(['former', 'ex', 'ex-', 'erstwhile', 'late', 'onetime', 'one-time']);
/** Sector words that are often adjectives: an actor only as the head of a noun phrase ("an official", "the military"). */
const ADJECTIVAL = new Set(['official', 'military', 'civilian', 'paramilitary', 'royal', 'rebel', 'opposition', 'judicial']);
const HEAD_OPENERS = new Set(['DET', 'NUM', 'PRON']);
const DESCRIBING = new Set(['ADJ', 'NUM']);
/** Tags the tagger gives some surnames ("Cook", "Ford"). */
const MISREAD = new Set(['VERB', 'ADV']);

/** The country an entry stands for on a date: its role's country, else its own. */
export function entryCountry(entry: NamedEntry, date: string | null, isCountry: (c: string) => boolean): string | null {
  const { role } = roleOn(entry, date);
  return (role ? splitCode(role.code, isCountry).country : null) ?? entry.country ?? null;
}

/**
 * Of several entries sharing a name ("Democratic Party" in the US, South Korea, Italy...), the one of the country
 * the title names, else of the country the article names most. An ambiguous name with no support is nobody's.
 */
function chooseNamed(match: DictionaryMatch, country: string | null, compiled: CompiledActors, context: Context): NamedSense | null {
  const named = match.senses.filter((s): s is NamedSense => s.type === 'named');
  const isCountry = compiled.isCountry;
  // One entry: unambiguous, or ambiguous only as a word ("WHO", "Wagner"), which the matcher settled from its neighbours.
  if (named.length === 1) return named[0]!;
  let best: NamedSense | null = null;
  let bestScore = 0;
  for (const sense of named) {
    const c = entryCountry(sense.entry, context.date, isCountry);
    const score = c === null ? 0 : (c === country ? 1000 : 0) + (context.countries.get(c) ?? 0);
    if (score > bestScore) {
      best = sense;
      bestScore = score;
    }
  }
  if (best) return best;
  return named.every((s) => s.ambiguous) ? null : named.find((s) => !s.ambiguous)!;
}

const isCapitalised = (token: Token) => token.text.charAt(0) !== token.text.charAt(0).toLowerCase();

/** Turn one group of matches into a mention, or null when it is no actor (a sector word used as a modifier). */
export function groupToMention(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  group: DictionaryMatch[],
  compiled: CompiledActors,
  context: Context,
): Mention | null {
  const isCountry = compiled.isCountry;
  const date = context.date;
  let country: string | null = null;
  let countrySense: CountrySense | null = null;
  const sectors: string[] = [];
  let named: NamedSense | null = null;
  let possessor: NamedSense | null = null;
  let unresolved: DictionaryMatch | null = null;
  const how: string[] = ['dictionary'];
  const groupCountry = group.find((m) => m.senses[0]!.type === 'country')?.senses[0] as CountrySense | undefined;

  for (const match of group) {
    const sense = match.senses[0]!;
    if (sense.type === 'country') {
      countrySense = sense;
      const split = splitCode(sense.code, isCountry);
      country = split.country;
      if (sense.via === 'seat') sectors.push(...split.sectors);
    } else if (sense.type === 'agent') {
      for (const s of sense.sectors) if (!sectors.includes(s)) sectors.push(s);
    } else {
      const chosen = chooseNamed(match, groupCountry?.code.slice(0, 3) ?? null, compiled, context);
      if (!chosen) unresolved = match;
      else if (named) {
        possessor = named;
        named = chosen;
      } else named = chosen;
    }
  }

  let tokenEnd = group[group.length - 1]!.tokenEnd;
  let tokenStart = group[0]!.tokenStart;
  const last = group[group.length - 1]!;
  const lastType = last.senses[0]!.type;

  // A named person or organisation followed by a sector word ("Hamas leader"), or after one by "of" ("the leader of Hamas").
  const ofNamed = named !== null && group[0]!.senses[0]!.type === 'agent' && lastType === 'named' && tokens[last.tokenStart - 1]?.lower !== undefined
    && (tokens[last.tokenStart - 1]!.lower === 'of' || (tokens[last.tokenStart - 1]!.lower === 'the' && tokens[last.tokenStart - 2]?.lower === 'of'));
  if (named && (lastType === 'agent' || ofNamed)) {
    possessor = named;
    named = null;
  }
  if (possessor) {
    const { role } = roleOn(possessor.entry, date);
    const split = role ? splitCode(role.code, isCountry) : { country: possessor.entry.country ?? null, sectors: [] };
    country ??= split.country;
    if (possessor.entry.kind === 'organization' && sectors.length > 0 && split.sectors.length > 0) {
      // "Hamas leader": the organisation's sector, not the generic word's.
      sectors.splice(0, sectors.length, ...split.sectors);
    }
    how.push('composed');
  }

  let head: DictionaryMatch | undefined;
  for (let k = group.length - 1; k >= 0 && !head; k--) if (group[k]!.senses[0]!.type === 'agent') head = group[k];
  const headSense = head?.senses[0] as Extract<Sense, { type: 'agent' }> | undefined;
  // A sector word used as a modifier ("military support", "official visit") is not an actor.
  if (!named && sectors.length > 0 && lastType === 'agent') {
    const next = tokens[last.tokenEnd];
    const lastToken = tokens[last.tokenEnd - 1]!;
    const nextIsNoun = next && next.sentence === sentence.index && ((next.pos === 'NOUN' && !TIME_NOUNS.has(next.lower) && !participle(tokens, last.tokenEnd))
      || (next.pos === 'PROPN' && !isCapitalised(next)));
    if (nextIsNoun) {
      if (group.length === 1) return null;
      tokenEnd = last.tokenStart;
      // "Ankara's trade policy": the possessive and adjectives go with the dropped word.
      while (tokenEnd > tokenStart + 1 && (isPossessive(tokens[tokenEnd - 1]) || tokens[tokenEnd - 1]!.pos === 'ADJ')) tokenEnd--;
    } else if (lastToken.pos === 'ADJ' && next && next.pos === 'NOUN') return null;
    else if (group.length === 1 && ADJECTIVAL.has(headSense!.form)) {
      // "It is official", "a military": an adjectival word is an actor only after a determiner or a number.
      const before = tokens[last.tokenStart - 1];
      if (!before || before.sentence !== sentence.index || !HEAD_OPENERS.has(before.pos)) return null;
    }
  }

  // "former president", "ex-minister": the office is no longer held; the country stays.
  const formerAt = tokenStart > sentence.tokenStart && FORMER.has(tokens[tokenStart - 1]!.lower) ? tokenStart - 1 : -1;
  let former = formerAt >= 0;
  for (let k = 1; k < group.length && !former; k++) for (let t = group[k - 1]!.tokenEnd; t < group[k]!.tokenStart; t++) if (FORMER.has(tokens[t]!.lower)) former = true;

  // An unknown name after a title: "Syrian Foreign Minister Asaad al-Shaibani".
  let unknownName: string | null = null;
  let nameStart = -1;
  if (!named && sectors.length > 0 && lastType === 'agent' && tokenEnd === last.tokenEnd) {
    const nameEnd = properNameRun(tokens, tokenEnd, sentence);
    if (nameEnd > tokenEnd) {
      nameStart = tokenEnd;
      unknownName = text.slice(tokens[tokenEnd]!.start, tokens[nameEnd - 1]!.end);
      tokenEnd = nameEnd;
      // "President Bush", "Prime Minister Netanyahu": a surname after a title is the office-holder of that name.
      const entry = headSense?.person ? titledPerson(unknownName, headSense.form.toLowerCase(), former, country, date, compiled) : null;
      if (entry) {
        named = { type: 'named', form: unknownName, entry, ambiguous: false };
        unknownName = null;
        how.push('title-surname');
      }
    }
  }

  // A description takes in its adjectives and number: "foreign insurgents", "60 civilians", "Kurdish fighters".
  if (!named && sectors.length > 0 && !unknownName && !possessor) {
    while (tokenStart > sentence.tokenStart && DESCRIBING.has(tokens[tokenStart - 1]!.pos)) tokenStart--;
  }
  const start = tokens[tokenStart]!.start;
  const end = tokens[tokenEnd - 1]!.end;
  const title = headSense && !former ? headSense.form.toLowerCase() : undefined;
  const at: Place = { text: text.slice(start, end), start, end, tokenStart, tokenEnd, sentence: sentence.index, title };

  if (named) {
    const entry = named.entry;
    const { role, former: ended } = roleOn(entry, date);
    let code: string | null = role ? role.code : null;
    let split = code ? splitCode(code, isCountry) : { country: entry.country ?? country, sectors: [] as string[] };
    if (ended && split.country) {
      code = split.country;
      split = { country: split.country, sectors: [] };
      how.push('former-role');
    }
    if (!code) {
      const c = split.country ?? country;
      code = c || sectors.length ? (c ?? '') + sectors.join('') : null;
      split = { country: c, sectors: [...sectors] };
    }
    how.push('role-by-date');
    if (group.length > 1) how.push('composed');
    return make(at, entry.kind, code, split.country, split.sectors, entry.name, entry.id, how);
  }

  if (unresolved && unresolved === last) {
    // "the opposition Democratic Party" in a story that does not say whose: an organisation, coded by its title only.
    const form = unresolved.senses.find((s) => s.type === 'named') as NamedSense;
    const code = (country ?? '') + sectors.join('');
    return make(at, 'organization', code === '' ? null : code, country, [...sectors], form.form, null, [...how, 'ambiguous']);
  }

  if (sectors.length > 0) {
    if (group.length > 1 || unknownName) how.push('composed');
    if (former) {
      sectors.length = 0;
      how.push('former');
    }
    // "Bashar al-Assad's regime", "Sharaa's administration": the person's body, named after them.
    const owner = possessor?.entry.kind === 'person' ? possessor.entry : null;
    // A person's title alone, or governing "of" a country or body ("the President of Syria", "the leader of Hamas").
    const titleOf = head !== undefined && head === group[0] && group.length > 1 && tokens[head.tokenEnd]?.lower === 'of';
    // "Syrian news agency Sana", "U.S. Air Forces Central Command": a name after words for a body, not for a person,
    // or headed by an organisation word, is the body's name.
    const bodyName = unknownName !== null && (compiled.clues.organization.has(tokens[tokenEnd - 1]!.lower)
      || (headSense?.person !== true && !personsName(tokens, nameStart, tokenEnd, compiled)));
    const person = (unknownName !== null && !bodyName) || (headSense?.person === true && (head === last || titleOf) && tokenEnd === last.tokenEnd && !owner);
    const code = (country ?? '') + sectors.join('');
    return make(at, person ? 'person' : bodyName ? 'organization' : 'agent', code === '' ? null : code, country, [...sectors], unknownName ?? owner?.name ?? null, owner?.id ?? null, how);
  }

  if (countrySense) {
    const town = countrySense.via === 'capital';
    const place = town || (countrySense.country.region === true && countrySense.via === 'name');
    return make(at, place ? 'place' : 'country', town ? country : countrySense.code, country, [], town ? countrySense.form : countrySense.country.name,
      countrySense.country.code, [...how, countrySense.via, ...(countrySense.country.region ? ['region'] : [])]);
  }
  return null;
}

/** Where a mention made here stands, and the title that named it. */
interface Place {
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  title: string | undefined;
}

/**
 * Is the word at `k`, which the tagger may read as a noun, an -ing participle opening a clause of its own ("fighters
 * firing on Iraqi forces", "families fleeing the city"), where a compound goes on with a noun ("bombing campaign")?
 */
function participle(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const after = tokens[k + 1];
  return t.lower.endsWith('ing') && after !== undefined && after.sentence === t.sentence && (after.pos === 'ADP' || after.pos === 'DET');
}

/** Does `[start, end)` read as a person's name: a title in it ("Capt. Jeff Davis"), or a given name opening it? */
function personsName(tokens: Token[], start: number, end: number, compiled: CompiledActors): boolean {
  if (compiled.clues.given.has(tokens[start]!.lower)) return true;
  for (let k = start; k < end; k++) if (compiled.clues['person-title'].has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * One object shape for every mention made here, without spreads or a closure per group: this runs for every group
 * of every article.
 */
function make(at: Place, kind: Mention['kind'], code: string | null, c: string | null, sect: string[], name: string | null, entity: string | null, h: string[]): Mention {
  const m: Mention = {
    text: at.text, start: at.start, end: at.end, tokenStart: at.tokenStart, tokenEnd: at.tokenEnd, sentence: at.sentence, kind, code,
    country: c, sectors: sect, name, entity, antecedent: null, how: h,
  };
  if (at.title !== undefined) m.title = at.title;
  return m;
}

/**
 * The end of a run of capitalised name tokens starting at `from` ("Asaad al-Shaibani"). Outside a headline a
 * capitalised word the tagger read as a verb or adverb is a name too ("Press Secretary Peter Cook", "Ambassador Ford").
 */
export function properNameRun(tokens: Token[], from: number, sentence: Sentence): number {
  let i = from;
  let lastName = from;
  let headline: boolean | undefined;
  while (i < sentence.tokenEnd) {
    const t = tokens[i]!;
    if (isCapitalised(t) && (t.pos === 'PROPN' || (MISREAD.has(t.pos) && !(headline ??= isHeadline(tokens, sentence))))) lastName = i + 1;
    else if (!(i > from && NAME_LINKS.has(t.lower))) break;
    i++;
  }
  return lastName;
}
