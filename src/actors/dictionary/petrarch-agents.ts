import type { AgentEntry, DictionaryProblem } from './types.js';
import { petrarchLines, phraseWords } from './petrarch.js';

const ENTRY = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]$/;
const SUBSTITUTION = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i;
const MARKER = /!([A-Z0-9_]+)!/gi;

/** A PETRARCH agent code: `~GOV` (after the actor's code) or `NGO~` (before); both become annals sectors. */
function agentCodes(raw: string): string[] | string {
  const code = raw.trim().replace(/~/g, '');
  if (!raw.includes('~')) return `agent code "${raw}" has no ~ (~GOV adds after the actor code, NGO~ before)`;
  if (!/^(?:[A-Z]{3})+$/.test(code)) return `bad agent code "${raw}" (groups of three capital letters)`;
  return code.match(/.{3}/g)!;
}

/**
 * Read a PETRARCH / TABARI agents dictionary (`*.agents.txt`): `PHRASE {PLURAL} [~CODE]` lines, with
 * `!MARKER! = a, b` substitution sets. Phrases become lower-case sector words; `{}` means no plural, `{X}` an
 * irregular one. A line that cannot be read is a problem naming file, line and reason; the others load.
 */
export function readPetrarchAgents(raw: string, file: string, problems: DictionaryProblem[]): AgentEntry[] {
  const substitutions = new Map<string, string[]>();
  const byCode = new Map<string, AgentEntry>();
  const entry = (code: string) => {
    let e = byCode.get(code);
    if (!e) byCode.set(code, (e = { code, words: [], invariable: [] }));
    return e;
  };
  for (const { line, text } of petrarchLines(raw)) {
    const sub = SUBSTITUTION.exec(text);
    if (sub) {
      substitutions.set(sub[1]!.toUpperCase(), sub[2]!.split(',').map((s) => s.trim()).filter((s) => s !== ''));
      continue;
    }
    const match = ENTRY.exec(text);
    if (!match) {
      problems.push({ file, line, reason: `"${text}" is not PHRASE {PLURAL} [~CODE]` });
      continue;
    }
    const codes = agentCodes(match[3]!);
    if (typeof codes === 'string') {
      problems.push({ file, line, reason: codes });
      continue;
    }
    const unknown = [...match[1]!.matchAll(MARKER)].map((m) => m[1]!.toUpperCase()).find((m) => !substitutions.has(m));
    if (unknown) {
      problems.push({ file, line, reason: `substitution marker !${unknown}! is not defined above` });
      continue;
    }
    const word = (phrase: string) => phraseWords(phrase).join(' ').toLowerCase();
    const expanded = expand(match[1]!, substitutions);
    // A marker's list holds every form already ("MAN, MEN"): no plural is derived from it.
    const noPlural = expanded.length > 1 || match[2] !== undefined;
    const plural = match[2]?.trim() ? word(match[2]) : null;
    if (expanded.some((p) => word(p) === '')) {
      problems.push({ file, line, reason: 'empty phrase' });
      continue;
    }
    for (const code of codes) {
      const e = entry(code);
      for (const phrase of expanded) {
        e.words.push(word(phrase));
        if (noPlural) e.invariable!.push(word(phrase));
      }
      if (plural) {
        e.words.push(plural);
        e.invariable!.push(plural);
      }
    }
  }
  return [...byCode.values()].map((e) => (e.invariable!.length ? e : { code: e.code, words: e.words }));
}

/** Every phrase a `!MARKER!` phrase stands for ("CONGRESS!PERSON!" gives "CONGRESSMAN", "CONGRESSMEN", ...). */
function expand(phrase: string, substitutions: Map<string, string[]>): string[] {
  const marker = /!([A-Z0-9_]+)!/i.exec(phrase);
  if (!marker) return [phrase];
  const values = substitutions.get(marker[1]!.toUpperCase()) ?? [];
  return values.flatMap((v) => expand(phrase.slice(0, marker.index) + v + phrase.slice(marker.index + marker[0].length), substitutions));
}
