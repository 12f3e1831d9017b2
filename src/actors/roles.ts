import type { NamedEntry, Role } from './dictionary/types.js';

/**
 * The role an entry held on a date (`YYYY-MM-DD`): `from` inclusive, `until` exclusive. With no date, the
 * latest role. A fallback role (PETRARCH's default code) applies when no dated one does. After every role has
 * ended, the last one's country alone: a former office-holder.
 */
export function roleOn(entry: NamedEntry, date: string | null): { role: Role | null; former: boolean } {
  const roles = entry.roles;
  if (roles.length === 0) return { role: null, former: false };
  if (date === null) return { role: roles[roles.length - 1]!, former: false };
  let held: Role | null = null;
  let fallback: Role | null = null;
  for (const role of roles) {
    if (role.fallback) fallback = role;
    else if ((role.from === undefined || role.from <= date) && (role.until === undefined || date < role.until)) held = role;
  }
  if (held) return { role: held, former: false };
  if (fallback) return { role: fallback, former: false };
  const ended = roles.filter((r) => r.until !== undefined && r.until <= date);
  if (ended.length > 0) return { role: ended[ended.length - 1]!, former: true };
  // Every role starts after the date: the entry's earliest role is the best guess of who they were.
  return { role: roles[0]!, former: false };
}

/** Split a CAMEO actor code into its country (first three letters, when they are a country) and sectors. */
export function splitCode(code: string, isCountry: (c: string) => boolean): { country: string | null; sectors: string[] } {
  const parts = code.match(/.{3}/g) ?? [];
  const country = parts.length > 0 && isCountry(parts[0]!) ? parts[0]! : null;
  return { country, sectors: country ? parts.slice(1) : parts };
}
