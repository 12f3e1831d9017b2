import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorDictionary, DictionaryProblem, NamedEntry } from './types.js';
import { checkAgent, checkCountry, checkNamed } from './validate.js';

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

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** Load annals-format dictionaries from a folder laid out like `data/actors/`. Missing files are simply empty. */
export function loadActorDictionary(dir: string = BUILTIN_ACTORS_DIR): ActorDictionary {
  const problems: DictionaryProblem[] = [];
  const countriesFile = join(dir, 'countries.jsonl');
  const agentsFile = join(dir, 'agents.jsonl');
  const countries = existsSync(countriesFile) ? readJsonLines(countriesFile, checkCountry, problems) : [];
  const agents = existsSync(agentsFile) ? readJsonLines(agentsFile, checkAgent, problems) : [];
  const named: NamedEntry[] = [];
  for (const [folder, kind] of [['people', 'person'], ['organizations', 'organization']] as const) {
    for (const file of jsonlFiles(join(dir, folder))) named.push(...readJsonLines(file, checkNamed(kind), problems));
  }
  return { countries, agents, named, problems };
}

/** Merge dictionaries: entries of later ones win over earlier ones with the same code or id. */
export function mergeDictionaries(...dictionaries: ActorDictionary[]): ActorDictionary {
  const countries = new Map<string, ActorDictionary['countries'][number]>();
  const agents = new Map<string, ActorDictionary['agents'][number]>();
  const named = new Map<string, NamedEntry>();
  const problems: DictionaryProblem[] = [];
  for (const d of dictionaries) {
    for (const c of d.countries) countries.set(c.code, c);
    for (const a of d.agents) agents.set(a.code, { code: a.code, words: [...(agents.get(a.code)?.words ?? []), ...a.words] });
    for (const n of d.named) named.set(n.id, n);
    problems.push(...d.problems);
  }
  return { countries: [...countries.values()], agents: [...agents.values()], named: [...named.values()], problems };
}
