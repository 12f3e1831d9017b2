import type { CompiledActors } from './dictionary/compile.js';
import { surnameKeys } from './dictionary/compile.js';
import type { NamedEntry } from './dictionary/types.js';
import { titleMatches } from './reference.js';
import { roleOn, splitCode } from './roles.js';

/**
 * The dictionary person a title and a surname name together: "President Bush" in 2008 is George W. Bush, "Prime
 * Minister Netanyahu" is Benjamin Netanyahu. The one person of that surname whose office on the date answers to the
 * title (in the title's country, when it names one); after "former", the one who once held it. Null when no one or
 * several fit: the name then stays as written.
 */
export function titledPerson(
  surname: string, title: string, former: boolean, country: string | null, date: string | null, compiled: CompiledActors,
): NamedEntry | null {
  // A surname is one word, or a particle and a word ("al-Sharaa"); a longer unknown name is someone else.
  if (/\s/.test(surname.trim())) return null;
  const entries = new Set<NamedEntry>();
  for (const key of surnameKeys(surname)) for (const e of compiled.surnames.get(key) ?? []) entries.add(e);
  if (entries.size === 0) return null;
  const isCountry = compiled.isCountry;
  let found: NamedEntry | null = null;
  for (const entry of entries) {
    const fits = former
      ? entry.roles.some((r) => titleMatches(title, r.title) && (date === null || (r.until !== undefined && r.until <= date)))
      : (() => {
        const { role, former: ended } = roleOn(entry, date);
        // Held on the date, not merely the first role of someone who came later.
        const held = role !== null && !ended && (date === null || ((role.from ?? '') <= date && (role.until === undefined || date < role.until)));
        return held && titleMatches(title, role!.title)
          && (country === null || splitCode(role.code, isCountry).country === country);
      })();
    if (!fits) continue;
    if (found) return null;
    found = entry;
  }
  return found;
}
