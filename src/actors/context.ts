import type { CompiledActors } from './dictionary/compile.js';
import { entryCountry } from './group.js';
import type { DictionaryMatch } from './match.js';

/**
 * How often the article names each country through unambiguous matches (names, demonyms, capitals, people and
 * organisations of that country), so a name shared by several countries' entries goes to the one in the story.
 */
export function articleCountries(matches: DictionaryMatch[][], compiled: CompiledActors, date: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  const isCountry = compiled.isCountry;
  const add = (c: string | null) => {
    if (c && isCountry(c) && !compiled.countries.get(c)!.region) counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const sentence of matches) {
    for (const match of sentence) {
      if (match.senses.length !== 1) continue;
      const sense = match.senses[0]!;
      if (sense.type === 'country' && !sense.ambiguous) add(sense.code.slice(0, 3));
      else if (sense.type === 'named' && !sense.ambiguous) add(entryCountry(sense.entry, date, isCountry));
    }
  }
  return counts;
}
