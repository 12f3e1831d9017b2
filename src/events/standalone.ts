import type { Token } from '../model/index.js';
import type { Clause } from './clauses.js';

/** Roots of material events that are news without named actors: protest, force posture, coerce, assault, fight, mass violence. */
export const STANDALONE_ROOTS: ReadonlySet<string> = new Set(['14', '15', '17', '18', '19', '20']);

/** Verbs that report that a named happening took place: "protests were held", "clashes erupted", "a blast rocked". */
const OCCURRENCE = new Set([
  'hold', 'erupt', 'break', 'occur', 'happen', 'continue', 'rock', 'sweep', 'spread', 'turn', 'stage', 'organize', 'organise',
  'join', 'attend', 'kill', 'injure', 'wound', 'leave', 'hit', 'strike', 'target', 'claim', 'take', 'mark', 'resume', 'intensify',
  'escalate', 'spark', 'trigger', 'rage', 'grip', 'paralyse', 'paralyze', 'shake', 'destroy', 'damage', 'carry', 'launch',
]);

/** Is a standalone event named by a bare noun ("protests", "clashes") reported as having taken place in this clause? */
export function reportsOccurrence(tokens: Token[], clause: Clause): boolean {
  return clause.verbGroups.some((g) => g.verbs.some((v) => OCCURRENCE.has(tokens[v]!.lemma)));
}
