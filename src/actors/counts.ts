import type { CompiledActors } from './dictionary/compile.js';
import type { ActorDictionary } from './dictionary/types.js';

/** What the loaded dictionaries hold, for reports: `npm run bench`, `annals actors --counts`. */
export interface DictionaryCounts {
  countries: number;
  regions: number;
  people: number;
  /** People with at least one dated role (`from` or `until`). */
  peopleWithDatedRoles: number;
  organizations: number;
  roles: number;
  /** Names, aliases, demonyms, capitals and seats: every string written in the dictionaries for an actor. */
  aliasStrings: number;
  agentWords: number;
  /** Distinct folded strings the matcher knows, derived plurals included. */
  matcherKeys: number;
}

/** Count what a dictionary holds. */
export function dictionaryCounts(dictionary: ActorDictionary, compiled: CompiledActors): DictionaryCounts {
  const people = dictionary.named.filter((n) => n.kind === 'person');
  let aliasStrings = 0;
  for (const c of dictionary.countries) aliasStrings += c.names.length + c.demonyms.length + c.capitals.length + c.seats.length;
  for (const n of dictionary.named) aliasStrings += 1 + n.aliases.length;
  return {
    countries: dictionary.countries.filter((c) => !c.region).length,
    regions: dictionary.countries.filter((c) => c.region).length,
    people: people.length,
    peopleWithDatedRoles: people.filter((p) => p.roles.some((r) => r.from !== undefined || r.until !== undefined)).length,
    organizations: dictionary.named.length - people.length,
    roles: dictionary.named.reduce((n, e) => n + e.roles.length, 0),
    aliasStrings,
    agentWords: dictionary.agents.reduce((n, a) => n + a.words.length + (a.persons?.length ?? 0), 0),
    matcherKeys: compiled.senses.size,
  };
}
