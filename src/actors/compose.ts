import type { Mention, Sentence, Token } from '../model/index.js';
import type { CompiledActors, Sense } from './dictionary/compile.js';
import type { DictionaryMatch } from './match.js';
import { roleOn, splitCode } from './roles.js';

type CountrySense = Extract<Sense, { type: 'country' }>;
type NamedSense = Extract<Sense, { type: 'named' }>;

const MODIFIER_POS = new Set(['ADJ']);
const NAME_LINKS = new Set(['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'da', 'abu', 'la', 'le', '-', 'of']);

/**
 * Compose the dictionary matches of one sentence into actor mentions: a country, then sector words, then a
 * name ("Syrian President Ahmed al-Sharaa", "Russia's military", "Hamas leader Khalil al-Hayya") become one
 * mention coded country + sectors, or with the named person's role on the article's date.
 */
export function composeMentions(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  matches: DictionaryMatch[],
  compiled: CompiledActors,
  date: string | null,
): Mention[] {
  const mentions: Mention[] = [];
  let m = 0;
  while (m < matches.length) {
    const group: DictionaryMatch[] = [matches[m]!];
    let end = matches[m]!.tokenEnd;
    let n = m + 1;
    while (n < matches.length) {
      const gap = gapBetween(tokens, end, matches[n]!.tokenStart);
      if (gap === null || !canFollow(group[group.length - 1]!, matches[n]!, gap)) break;
      group.push(matches[n]!);
      end = matches[n]!.tokenEnd;
      n++;
    }
    const mention = groupToMention(text, tokens, sentence, group, compiled, date);
    if (mention) mentions.push(mention);
    m = n;
  }
  return mentions;
}

/** What lies between two matches: null when it is more than a possessive or adjectives. */
function gapBetween(tokens: Token[], from: number, to: number): 'none' | 'possessive' | 'modifiers' | null {
  if (from === to) return 'none';
  if (to - from === 1 && tokens[from]!.lower === "'s") return 'possessive';
  for (let i = from; i < to; i++) if (!MODIFIER_POS.has(tokens[i]!.pos)) return null;
  return 'modifiers';
}

function kindOf(match: DictionaryMatch): Sense['type'] {
  return match.senses[0]!.type;
}

/** Country, then agents, then one name: the order a title runs in English. */
function canFollow(prev: DictionaryMatch, next: DictionaryMatch, gap: 'none' | 'possessive' | 'modifiers'): boolean {
  const a = kindOf(prev);
  const b = kindOf(next);
  if (a === 'country') return (b === 'agent' || b === 'named') && (gap !== 'possessive' || b === 'agent');
  if (a === 'agent') return (b === 'agent' || b === 'named') && gap !== 'possessive';
  if (a === 'named') return b === 'agent' && gap !== 'modifiers';
  return false;
}

function groupToMention(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  group: DictionaryMatch[],
  compiled: CompiledActors,
  date: string | null,
): Mention | null {
  const isCountry = (c: string) => compiled.countries.has(c);
  let country: string | null = null;
  let countrySense: CountrySense | null = null;
  const sectors: string[] = [];
  let named: NamedSense | null = null;
  let possessor: NamedSense | null = null;
  const how: string[] = ['dictionary'];

  for (const match of group) {
    const sense = match.senses[0]!;
    if (sense.type === 'country') {
      countrySense = sense;
      const split = splitCode(sense.code, isCountry);
      country = split.country;
      if (sense.via === 'seat') sectors.push(...split.sectors);
    } else if (sense.type === 'agent') {
      for (const s of sense.sectors) if (!sectors.includes(s)) sectors.push(s);
    } else if (named) {
      possessor = named;
      named = sense;
    } else named = sense;
  }

  let tokenEnd = group[group.length - 1]!.tokenEnd;
  const tokenStart = group[0]!.tokenStart;
  const last = group[group.length - 1]!;

  // A named person or organisation followed by a sector word ("Hamas leader", "Sharaa's administration").
  if (named && kindOf(last) === 'agent') {
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

  // A sector word used as a modifier ("military support", "government forces" excepted) is not an actor.
  if (!named && sectors.length > 0 && kindOf(last) === 'agent') {
    const next = tokens[last.tokenEnd];
    const lastToken = tokens[last.tokenEnd - 1]!;
    if (next && next.sentence === sentence.index && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !isCapitalised(next)))) {
      if (group.length === 1) return null;
      tokenEnd = last.tokenStart;
    } else if (lastToken.pos === 'ADJ' && next && next.pos === 'NOUN') return null;
  }

  // An unknown name after a title: "Syrian Foreign Minister Asaad al-Shaibani".
  let unknownName: string | null = null;
  if (!named && sectors.length > 0 && kindOf(group[group.length - 1]!) === 'agent') {
    const nameEnd = properNameRun(tokens, tokenEnd, sentence);
    if (nameEnd > tokenEnd) {
      unknownName = text.slice(tokens[tokenEnd]!.start, tokens[nameEnd - 1]!.end);
      tokenEnd = nameEnd;
    }
  }

  const start = tokens[tokenStart]!.start;
  const end = tokens[tokenEnd - 1]!.end;
  const base = { text: text.slice(start, end), start, end, tokenStart, tokenEnd, sentence: sentence.index, antecedent: null };

  if (named) {
    const entry = named.entry;
    const { role, former } = roleOn(entry, date);
    let code: string | null = role ? role.code : null;
    let split = code ? splitCode(code, isCountry) : { country: entry.country ?? country, sectors: [] as string[] };
    if (former && split.country) {
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
    return { ...base, kind: entry.kind, code, country: split.country, sectors: split.sectors, name: entry.name, entity: entry.id, how };
  }

  if (sectors.length > 0) {
    if (group.length > 1 || unknownName) how.push('composed');
    // "Bashar al-Assad's regime", "Sharaa's administration": the person's body, named after them.
    const owner = possessor?.entry.kind === 'person' ? possessor.entry : null;
    return {
      ...base, kind: unknownName ? 'person' : 'agent', code: (country ?? '') + sectors.join(''), country, sectors: [...sectors],
      name: unknownName ?? owner?.name ?? null, entity: owner?.id ?? null, how,
    };
  }

  if (countrySense) {
    const kind = countrySense.via === 'capital' ? 'place' : 'country';
    return {
      ...base, kind, code: countrySense.via === 'capital' ? country : countrySense.code, country, sectors: [],
      name: countrySense.via === 'capital' ? countrySense.form : countrySense.country.name, entity: countrySense.country.code,
      how: [...how, countrySense.via],
    };
  }
  return null;
}

function isCapitalised(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== c.toLowerCase();
}

/** The end of a run of capitalised name tokens starting at `from` ("Asaad al-Shaibani"). */
export function properNameRun(tokens: Token[], from: number, sentence: Sentence): number {
  let i = from;
  let lastName = from;
  while (i < sentence.tokenEnd) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' && isCapitalised(t)) lastName = i + 1;
    else if (!(i > from && NAME_LINKS.has(t.lower))) break;
    i++;
  }
  return lastName;
}
