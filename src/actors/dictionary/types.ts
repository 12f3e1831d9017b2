/** A country or territory: names, demonyms, and the places that stand for its government. */
export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  seats: string[];
  /** Seats coded other than country + GOV ("the Pentagon": "USAMIL"). */
  seatCodes?: Record<string, string>;
  /** Names that are also common words or first names ("Jordan", "Chad"): matched only with context. */
  ambiguousNames?: string[];
  /** A region with a CAMEO region code ("LAM" Latin America, "MEA" the Middle East), not a state. */
  region?: boolean;
  /** Add these names to the entry of the same code instead of replacing it (dictionaries read from PETRARCH files). */
  merge?: boolean;
}

/** A CAMEO sector and the words that signal it. */
export interface AgentEntry {
  code: string;
  words: string[];
  /** Words that name one person ("president", "soldier"), so a mention of one is a person; the rest name bodies. */
  persons?: string[];
  /** Words that take no derived plural ("police", "media"). */
  invariable?: string[];
}

/** An office or affiliation held between two dates: `from` inclusive, `until` exclusive, `YYYY-MM-DD`. */
export interface Role {
  code: string;
  from?: string;
  until?: string;
  title?: string;
  /** The code when no dated role applies (a PETRARCH default code). */
  fallback?: boolean;
}

/** A named person or organisation with roles bounded in time. */
export interface NamedEntry {
  id: string;
  kind: 'person' | 'organization';
  name: string;
  aliases: string[];
  roles: Role[];
  country?: string;
  /** How the person is called by surname alone, where the last word of the name is not it. */
  surnames?: string[];
  /** Names that other entries share or that are common words ("Democratic Party", "WHO", "Wagner"): need context. */
  ambiguousNames?: string[];
  /** For he / she coreference; people with no gender given can be either. */
  gender?: 'female' | 'male';
}

/** A dictionary line that could not be loaded. */
export interface DictionaryProblem {
  file: string;
  line: number;
  reason: string;
}

/** Words that guess the kind of a name no dictionary knows ("Mosul University", "Tigris River", "Mr. Smith"). */
export interface NameClue {
  clue: 'organization' | 'place' | 'person-title' | 'given' | 'not-a-name' | 'not-an-actor' | 'place-noun' | 'body-noun' | 'people-noun';
  words: string[];
}

/** Everything the actor stage knows, as loaded from data files, before compiling. */
export interface ActorDictionary {
  countries: CountryEntry[];
  agents: AgentEntry[];
  named: NamedEntry[];
  /** From `name-clues.jsonl`. */
  clues?: NameClue[];
  problems: DictionaryProblem[];
}
