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
}

/** A CAMEO sector and the words that signal it. */
export interface AgentEntry {
  code: string;
  words: string[];
}

/** An office or affiliation held between two dates: `from` inclusive, `until` exclusive, `YYYY-MM-DD`. */
export interface Role {
  code: string;
  from?: string;
  until?: string;
  title?: string;
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
}

/** A dictionary line that could not be loaded. */
export interface DictionaryProblem {
  file: string;
  line: number;
  reason: string;
}

/** Everything the actor stage knows, as loaded from data files, before compiling. */
export interface ActorDictionary {
  countries: CountryEntry[];
  agents: AgentEntry[];
  named: NamedEntry[];
  problems: DictionaryProblem[];
}
