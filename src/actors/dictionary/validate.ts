import type { AgentEntry, CountryEntry, NameClue, NamedEntry, Role } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;

type Check<T> = (value: Record<string, unknown>) => T | string;

function strings(value: unknown, field: string): string[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    return `"${field}" must be a list of non-empty strings`;
  }
  return value as string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Validate a countries.jsonl line; returns the entry or the reason it is broken. */
export const checkCountry: Check<CountryEntry> = (v) => {
  const code = text(v.code);
  if (!code || !CODE.test(code)) return '"code" must be three capital letters';
  const name = text(v.name);
  if (!name) return '"name" must be a non-empty string';
  const lists: Record<string, string[]> = {};
  for (const field of ['names', 'demonyms', 'capitals', 'seats', 'ambiguousNames']) {
    const list = strings(v[field], field);
    if (typeof list === 'string') return list;
    lists[field] = list;
  }
  const seatCodes = v.seatCodes;
  if (seatCodes !== undefined) {
    if (typeof seatCodes !== 'object' || seatCodes === null) return '"seatCodes" must be an object';
    for (const c of Object.values(seatCodes)) if (typeof c !== 'string' || !CODE.test(c)) return `bad seat code "${String(c)}"`;
  }
  if (v.region !== undefined && typeof v.region !== 'boolean') return '"region" must be true or false';
  return {
    code, name, names: [name, ...lists.names!], demonyms: lists.demonyms!, capitals: lists.capitals!, seats: lists.seats!,
    ...(seatCodes ? { seatCodes: seatCodes as Record<string, string> } : {}),
    ...(lists.ambiguousNames!.length ? { ambiguousNames: lists.ambiguousNames! } : {}),
    ...(v.region === true ? { region: true } : {}),
  };
};

/** Validate an agents.jsonl line. */
export const checkAgent: Check<AgentEntry> = (v) => {
  const code = text(v.code);
  if (!code || !/^[A-Z]{3}$/.test(code)) return '"code" must be a three-letter sector code';
  const lists: Record<string, string[]> = {};
  for (const field of ['words', 'persons', 'invariable']) {
    const list = strings(v[field], field);
    if (typeof list === 'string') return list;
    lists[field] = list;
  }
  const { words, persons, invariable } = lists as Record<'words' | 'persons' | 'invariable', string[]>;
  if (words.length === 0 && persons.length === 0) return '"words" and "persons" are both empty';
  return { code, words, ...(persons.length ? { persons } : {}), ...(invariable.length ? { invariable } : {}) };
};

function checkRole(r: unknown, i: number): Role | string {
  if (typeof r !== 'object' || r === null) return `role ${i + 1} is not an object`;
  const role = r as Record<string, unknown>;
  if (typeof role.code !== 'string' || !CODE.test(role.code)) return `role ${i + 1}: bad code "${String(role.code)}"`;
  for (const bound of ['from', 'until'] as const) {
    const d = role[bound];
    if (d !== undefined && d !== null && (typeof d !== 'string' || !DATE.test(d))) {
      return `role ${i + 1}: "${bound}" must be YYYY-MM-DD, not "${String(d)}"`;
    }
  }
  if (typeof role.from === 'string' && typeof role.until === 'string' && role.from >= role.until) {
    return `role ${i + 1}: "from" ${role.from} is not before "until" ${role.until}`;
  }
  return {
    code: role.code,
    ...(typeof role.from === 'string' ? { from: role.from } : {}),
    ...(typeof role.until === 'string' ? { until: role.until } : {}),
    ...(typeof role.title === 'string' ? { title: role.title } : {}),
  };
}

/** Validate a people or organisations line; `kind` comes from the folder it is in unless the line says. */
export function checkNamed(kind: NamedEntry['kind']): Check<NamedEntry> {
  return (v) => {
    const id = text(v.id);
    if (!id) return '"id" must be a non-empty string';
    const name = text(v.name);
    if (!name) return '"name" must be a non-empty string';
    const aliases = strings(v.aliases, 'aliases');
    if (typeof aliases === 'string') return aliases;
    if (!Array.isArray(v.roles)) return '"roles" must be a list';
    const roles: Role[] = [];
    for (const [i, r] of v.roles.entries()) {
      const role = checkRole(r, i);
      if (typeof role === 'string') return role;
      roles.push(role);
    }
    roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const country = v.country;
    if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{3}$/.test(country))) return '"country" must be a code';
    const surnames = strings(v.surnames, 'surnames');
    if (typeof surnames === 'string') return surnames;
    const ambiguous = strings(v.ambiguousNames, 'ambiguousNames');
    if (typeof ambiguous === 'string') return ambiguous;
    const stray = ambiguous.find((a) => a !== name && !aliases.includes(a));
    if (stray) return `"ambiguousNames" lists "${stray}", which is neither the name nor an alias`;
    const gender = v.gender;
    if (gender !== undefined && gender !== 'female' && gender !== 'male') return '"gender" must be "female" or "male"';
    const entryKind = v.kind === 'person' || v.kind === 'organization' ? v.kind : kind;
    return {
      id, kind: entryKind, name, aliases, roles, ...(country ? { country } : {}), ...(surnames.length ? { surnames } : {}),
      ...(ambiguous.length ? { ambiguousNames: ambiguous } : {}), ...(gender ? { gender } : {}),
    };
  };
}

const CLUES = new Set<NameClue['clue']>([
  'organization', 'place', 'person-title', 'given', 'not-a-name', 'not-an-actor', 'place-noun', 'body-noun', 'people-noun',
]);

/** Validate a name-clues.jsonl line. */
export const checkClue: Check<NameClue> = (v) => {
  if (typeof v.clue !== 'string' || !CLUES.has(v.clue as NameClue['clue'])) return `"clue" must be one of ${[...CLUES].join(', ')}`;
  const words = strings(v.words, 'words');
  if (typeof words === 'string') return words;
  return { clue: v.clue as NameClue['clue'], words };
};
