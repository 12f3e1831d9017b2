import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPetrarchActors } from './petrarch-actors.js';
import { readPetrarchAgents } from './petrarch-agents.js';
import type { ActorDictionary, AgentEntry, CountryEntry, DictionaryProblem, NameClue, NamedEntry } from './types.js';
import { checkAgent, checkClue, checkCountry, checkNamed } from './validate.js';

/** The built-in dictionaries shipped in the package's `data/actors/`. */
export const BUILTIN_ACTORS_DIR = new URL('../../../data/actors/', import.meta.url).pathname;

/** Read a JSON Lines file, validating each line; broken lines become problems naming file and line. */
export function readJsonLines<T>(
  file: string,
  check: (value: Record<string, unknown>) => T | string,
  problems: DictionaryProblem[],
): T[] {
  const out: T[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ file, line: i + 1, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, line: i + 1, reason: 'an entry must be a JSON object' });
      continue;
    }
    const entry = check(value as Record<string, unknown>);
    if (typeof entry === 'string') problems.push({ file, line: i + 1, reason: entry });
    else out.push(entry);
  }
  return out;
}

function filesIn(dir: string, test: (name: string) => boolean): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter(test).sort().map((f) => join(dir, f));
}

/** PETRARCH / TABARI file names: `Phoenix.Countries.actors.txt`, `x.actors`, `Phoenix.agents.140901.txt`. */
const PETRARCH_ACTORS = /\.actors(?:\.[\w-]+)?(?:\.txt)?$/i;
const PETRARCH_AGENTS = /\.agents(?:\.[\w-]+)?(?:\.txt)?$/i;

/** Read one PETRARCH / TABARI file into `into`. */
function readPetrarchFile(file: string, into: ActorDictionary): void {
  const raw = readFileSync(file, 'utf8');
  if (PETRARCH_AGENTS.test(file)) into.agents.push(...readPetrarchAgents(raw, file, into.problems));
  else {
    const { countries, named } = readPetrarchActors(raw, file, into.problems);
    into.countries.push(...countries);
    into.named.push(...named);
  }
}

/**
 * Load dictionaries from a folder laid out like `data/actors/` (annals JSON Lines: `countries.jsonl`,
 * `regions.jsonl`, `agents.jsonl`, `name-clues.jsonl`, `people/`, `organizations/`) and any PETRARCH / TABARI `*.actors.txt` and
 * `*.agents.txt` files in it, or from one such file. Missing files are simply empty.
 */
export function loadActorDictionary(path: string = BUILTIN_ACTORS_DIR): ActorDictionary {
  const problems: DictionaryProblem[] = [];
  const out: ActorDictionary = { countries: [], agents: [], named: [], problems };
  if (existsSync(path) && statSync(path).isFile()) {
    if (PETRARCH_ACTORS.test(path) || PETRARCH_AGENTS.test(path)) readPetrarchFile(path, out);
    else problems.push({ file: path, line: 0, reason: 'not a dictionary: give a folder, or a *.actors.txt or *.agents.txt file' });
    return out;
  }
  const at = (name: string) => join(path, name);
  if (existsSync(at('countries.jsonl'))) out.countries.push(...readJsonLines(at('countries.jsonl'), checkCountry, problems));
  if (existsSync(at('regions.jsonl'))) {
    out.countries.push(...readJsonLines(at('regions.jsonl'), checkCountry, problems).map((r) => ({ ...r, region: true })));
  }
  if (existsSync(at('agents.jsonl'))) out.agents.push(...readJsonLines(at('agents.jsonl'), checkAgent, problems));
  if (existsSync(at('name-clues.jsonl'))) out.clues = readJsonLines(at('name-clues.jsonl'), checkClue, problems);
  for (const [folder, kind] of [['people', 'person'], ['organizations', 'organization']] as const) {
    for (const file of filesIn(at(folder), (f) => f.endsWith('.jsonl'))) out.named.push(...readJsonLines(file, checkNamed(kind), problems));
  }
  for (const file of filesIn(path, (f) => PETRARCH_ACTORS.test(f) || PETRARCH_AGENTS.test(f))) readPetrarchFile(file, out);
  return out;
}

/**
 * Merge dictionaries: entries of later ones win over earlier ones with the same code or id; sector words add up;
 * a country entry marked `merge` (read from a PETRARCH file) adds its names to the entry of its code.
 */
export function mergeDictionaries(...dictionaries: ActorDictionary[]): ActorDictionary {
  const countries = new Map<string, CountryEntry>();
  const agents = new Map<string, AgentEntry>();
  const named = new Map<string, NamedEntry>();
  const clues: NameClue[] = [];
  const problems: DictionaryProblem[] = [];
  const both = (a: string[] | undefined, b: string[] | undefined) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  for (const d of dictionaries) {
    for (const c of d.countries) {
      const base = countries.get(c.code);
      if (c.merge && base) countries.set(c.code, { ...base, names: [...base.names, ...c.names.filter((n) => !base.names.includes(n))] });
      else countries.set(c.code, c);
    }
    for (const a of d.agents) {
      const before = agents.get(a.code);
      const persons = both(before?.persons, a.persons);
      const invariable = both(before?.invariable, a.invariable);
      agents.set(a.code, { code: a.code, words: [...(before?.words ?? []), ...a.words], ...(persons ? { persons } : {}), ...(invariable ? { invariable } : {}) });
    }
    for (const n of d.named) named.set(n.id, n);
    clues.push(...(d.clues ?? []));
    problems.push(...d.problems);
  }
  return { countries: [...countries.values()], agents: [...agents.values()], named: [...named.values()], clues, problems };
}
