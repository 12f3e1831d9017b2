import { nameKey } from './fold.js';
import { addName, createNameTrie, type NameNode } from './trie.js';
import type { ActorDictionary, CountryEntry, NameClue, NamedEntry } from './types.js';

/**
 * What a dictionary string can mean. `form` is the string as written; `caseRule` says how the text must be written
 * to match it, worked out once: 0 any case, 1 with a capital first letter, 2 as the acronym `form` (letters only).
 */
export type Sense = (
  | { type: 'country'; form: string; country: CountryEntry; via: 'name' | 'demonym' | 'capital' | 'seat'; code: string; ambiguous: boolean }
  | { type: 'agent'; form: string; sectors: string[]; person: boolean }
  | { type: 'named'; form: string; entry: NamedEntry; ambiguous: boolean }
) & { caseRule?: 0 | 1 | 2; letters?: string };

/** How a form must be written in the text: "US" only as "US", "Turkey" with a capital, "minister" in any case. */
function caseRule(sense: Sense): { caseRule: 0 | 1 | 2; letters?: string } {
  if (sense.type === 'agent') return { caseRule: 0 };
  const letters = sense.form.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase()) return { caseRule: 2, letters };
  const first = sense.form.charAt(0);
  return { caseRule: first !== first.toLowerCase() || (first >= '0' && first <= '9') ? 1 : 0 };
}

/** Dictionaries compiled for matching over tokens: keys of whole names, and the same names as a trie over tokens. */
export interface CompiledActors {
  senses: Map<string, Sense[]>;
  /** Every key, piece by piece, for leftmost-longest matching over tokens. */
  names: NameNode;
  /** Surnames of people, for a name used alone ("Putin") before or without its full form. */
  surnames: Map<string, NamedEntry[]>;
  countries: Map<string, CountryEntry>;
  /** Is a code a country (or region) of the dictionaries? Made once, for `splitCode`. */
  isCountry: (code: string) => boolean;
  entriesById: Map<string, NamedEntry>;
  /** Folded words that guess the kind of an unknown name, by clue. */
  clues: Record<NameClue['clue'], Set<string>>;
  /**
   * The last words of the description nouns (place, body, people) of two words ("line" of "front line"): only a noun
   * among these is looked up with the word before it, so the other nouns cost no second lookup.
   */
  compoundHeads: Set<string>;
  entries: number;
}

const NAME_PARTICLES = /^(?:al|el|ad|as|ash|at|an|bin|ibn|bint|abu|de|da|van|von|der|la|le|du)[- ]/i;

/** Regular English plurals of a sector word ("official" → "officials", "ministry" → "ministries"). */
function plurals(word: string): string[] {
  const last = word.split(' ').pop()!;
  const stem = word.slice(0, word.length - last.length);
  if (/(?:s|x|z|ch|sh)$/.test(last)) return [stem + last + 'es'];
  if (/[^aeiou]y$/.test(last)) return [stem + last.slice(0, -1) + 'ies'];
  if (/(?:man)$/.test(last)) return [stem + last.slice(0, -3) + 'men'];
  return [stem + last + 's'];
}

/** Countries whose names put the family name first: "Xi Jinping" is "Xi", "Yoon Suk Yeol" is "Yoon". */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'HUN']);

/** The surname keys of a person's name: "Ahmed al-Sharaa" gives "al-sharaa" and "sharaa". */
export function surnameKeys(name: string, familyNameFirst = false): string[] {
  const words = name.trim().split(/\s+/);
  if (familyNameFirst && words.length > 1) return [nameKey(words[0]!)];
  const last = words[words.length - 1]!;
  const keys = [nameKey(last)];
  const bare = last.replace(NAME_PARTICLES, '');
  if (bare !== last && bare.length > 1) keys.push(nameKey(bare));
  return keys;
}

/** Compile loaded dictionaries into a matcher index. */
export function compileActors(dictionary: ActorDictionary): CompiledActors {
  const senses = new Map<string, Sense[]>();
  const names = createNameTrie();
  const surnames = new Map<string, NamedEntry[]>();
  const countries = new Map<string, CountryEntry>();
  const entriesById = new Map<string, NamedEntry>();
  let entries = 0;

  function add(form: string, sense: Sense): void {
    const key = nameKey(form);
    if (key === '') return;
    Object.assign(sense, caseRule(sense));
    const list = senses.get(key);
    if (list) {
      if (list.some((s) => s.type === sense.type && s.form === form && sameTarget(s, sense))) return;
      list.push(sense);
    } else {
      const created = [sense];
      senses.set(key, created);
      addName(names, key, created);
    }
    entries++;
  }

  for (const country of dictionary.countries) {
    countries.set(country.code, country);
    const ambiguous = new Set(country.ambiguousNames ?? []);
    for (const form of country.names) add(form, { type: 'country', form, country, via: 'name', code: country.code, ambiguous: ambiguous.has(form) });
    for (const form of country.demonyms) add(form, { type: 'country', form, country, via: 'demonym', code: country.code, ambiguous: ambiguous.has(form) });
    for (const form of country.capitals) add(form, { type: 'country', form, country, via: 'capital', code: country.code + 'GOV', ambiguous: ambiguous.has(form) });
    for (const form of country.seats) {
      const code = country.seatCodes?.[form] ?? country.code + 'GOV';
      add(form, { type: 'country', form, country, via: 'seat', code, ambiguous: false });
    }
  }

  // A word under several sectors carries all of them, in file order.
  const sectorsOf = new Map<string, string[]>();
  const persons = new Set<string>();
  const invariable = new Set<string>();
  for (const agent of dictionary.agents) {
    for (const word of [...agent.words, ...(agent.persons ?? [])]) {
      const w = word.toLowerCase();
      const list = sectorsOf.get(w) ?? [];
      if (!list.includes(agent.code)) list.push(agent.code);
      sectorsOf.set(w, list);
    }
    for (const word of agent.persons ?? []) persons.add(word.toLowerCase());
    for (const word of agent.invariable ?? []) invariable.add(word.toLowerCase());
  }
  for (const [word, sectors] of sectorsOf) {
    add(word, { type: 'agent', form: word, sectors, person: persons.has(word) });
    if (invariable.has(word)) continue;
    for (const plural of plurals(word)) if (!sectorsOf.has(plural)) add(plural, { type: 'agent', form: plural, sectors, person: false });
  }

  for (const entry of dictionary.named) {
    entriesById.set(entry.id, entry);
    const ambiguous = new Set(entry.ambiguousNames ?? []);
    for (const form of [entry.name, ...entry.aliases]) add(form, { type: 'named', form, entry, ambiguous: ambiguous.has(form) });
    if (entry.kind === 'person') {
      for (const key of entrySurnames(entry)) {
        const list = surnames.get(key) ?? [];
        list.push(entry);
        surnames.set(key, list);
      }
    }
  }
  const clues: CompiledActors['clues'] = {
    organization: new Set(), place: new Set(), 'person-title': new Set(), given: new Set(), 'not-a-name': new Set(), 'not-an-actor': new Set(),
    'place-noun': new Set(), 'body-noun': new Set(), 'people-noun': new Set(),
  };
  for (const clue of dictionary.clues ?? []) for (const word of clue.words) clues[clue.clue].add(nameKey(word));
  const compoundHeads = new Set<string>();
  for (const nouns of [clues['place-noun'], clues['body-noun'], clues['people-noun']]) {
    for (const noun of nouns) if (noun.includes(' ')) compoundHeads.add(noun.slice(noun.lastIndexOf(' ') + 1));
  }
  const isCountry = (code: string) => countries.has(code);
  return { senses, names, surnames, countries, isCountry, entriesById, clues, compoundHeads, entries };
}

/** An entry's surnames: as given, else from its name in its country's order. */
export function entrySurnames(entry: NamedEntry): string[] {
  if (entry.surnames && entry.surnames.length > 0) return entry.surnames.map(nameKey);
  const country = entry.country ?? entry.roles[0]?.code.slice(0, 3);
  return surnameKeys(entry.name, country !== undefined && FAMILY_NAME_FIRST.has(country));
}

function sameTarget(a: Sense, b: Sense): boolean {
  if (a.type === 'country' && b.type === 'country') return a.code === b.code && a.via === b.via;
  if (a.type === 'named' && b.type === 'named') return a.entry.id === b.entry.id;
  return a.type === 'agent' && b.type === 'agent';
}
