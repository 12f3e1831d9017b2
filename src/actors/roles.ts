import type { ActorCode } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
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

/**
 * The last office an entry held: its latest role whose code names a sector (SYRGOV), passing over a later
 * countries-only role such as a former president's SYR. Null when no role names a sector.
 */
export function lastOffice(entry: NamedEntry, isCountry: (c: string) => boolean): Role | null {
  for (let i = entry.roles.length - 1; i >= 0; i--) {
    const role = entry.roles[i]!;
    if (!role.fallback && splitCode(role.code, isCountry).sectors.length > 0) return role;
  }
  return null;
}

/** Split a CAMEO actor code into its country (first three letters, when they are a country) and sectors. */
export function splitCode(code: string, isCountry: (c: string) => boolean): { country: string | null; sectors: string[] } {
  const parts = code.match(/.{3}/g) ?? [];
  const country = parts.length > 0 && isCountry(parts[0]!) ? parts[0]! : null;
  return { country, sectors: country ? parts.slice(1) : parts };
}

/**
 * Codes a dictionary entry as of a date: the role held then, or a former office-holder's country alone. With no
 * date (`null`), the last office held.
 */
export function roleResolver(compiled: Pick<CompiledActors, 'entriesById' | 'countries'>): (entity: string, date: string | null) => ActorCode | null {
  const isCountry = (c: string) => compiled.countries.has(c);
  return (entity, date) => {
    const entry = compiled.entriesById.get(entity);
    if (!entry) return null;
    if (date === null) {
      const office = lastOffice(entry, isCountry);
      return office ? { code: office.code, ...splitCode(office.code, isCountry) } : null;
    }
    const { role, former } = roleOn(entry, date);
    if (!role) return null;
    const split = splitCode(role.code, isCountry);
    return former ? { code: split.country, country: split.country, sectors: [] } : { code: role.code, ...split };
  };
}
