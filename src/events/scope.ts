import type { Token } from '../model/index.js';
import type { Clause, VerbGroup } from './clauses.js';
import type { Governors } from './status.js';

/** Clauses that date another event than the main one: "after rebels toppled Assad" is not dated by the main clause. */
const TEMPORAL_OPENERS = new Set(['after', 'before', 'since', 'until', 'while', 'when', 'once']);

const ATTACHED: ReadonlySet<string> = new Set(['relative', 'coordinate', 'participial', 'parenthetical']);

/** The temporal clause an event's clause hangs on, as a chain id, or -1. */
export function chainOf(clauses: Clause[], c: number, sentence: number): number {
  let head = c;
  while (head > 0 && ATTACHED.has(clauses[head]!.kind)) head--;
  const opener = clauses[head]!.opener;
  return opener && TEMPORAL_OPENERS.has(opener) ? sentence * 1000 + head : -1;
}

/** The token ranges whose dates may date an event of clause `c`: its own temporal clause, else the clauses that are not. */
export function dateScopeOf(clauses: Clause[], c: number): [number, number][] {
  const own = clauses[c]!;
  if (own.opener && TEMPORAL_OPENERS.has(own.opener)) return [[own.start, own.end]];
  return clauses.filter((k) => !(k.opener && TEMPORAL_OPENERS.has(k.opener))).map((k) => [k.start, k.end]);
}

/** What governs a verb group: "expect" in "Analysts expect X to meet Y", "denied" in "denied that X attacked". */
export function governorsOf(tokens: Token[], clauses: Clause[], c: number, group: VerbGroup): Governors {
  const clause = clauses[c]!;
  const k = clause.verbGroups.indexOf(group);
  const infinitive = tokens[group.start - 1]?.lower === 'to' && k > 0 ? clause.verbGroups[k - 1]! : null;
  let complementOf: string | null = null;
  if (clause.kind === 'complement' && c > 0) {
    const groups = clauses[c - 1]!.verbGroups;
    const last = groups[groups.length - 1];
    if (last) complementOf = tokens[last.verbs[last.verbs.length - 1]!]!.lemma;
  }
  return { infinitive, complementOf };
}
