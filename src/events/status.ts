import type { EventStatus, Token } from '../model/index.js';
import type { Clause, VerbGroup } from './clauses.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'rule', 'avoid', 'stop', 'halt', 'cancel', 'postpone']);
const MODALS_HYPOTHETICAL = new Set(['could', 'may', 'might', 'should', 'would', 'must', "'d"]);
const MODALS_FUTURE = new Set(['will', "'ll", 'shall']);
const PLANNING = new Set(['plan', 'intend', 'aim', 'prepare', 'schedule', 'due', 'set', 'expect', 'go', 'agree', 'vow', 'pledge', 'promise', 'threaten', 'decide']);
const SPECULATIVE = new Set(['expect', 'hope', 'want', 'wish', 'seek', 'predict', 'believe', 'think', 'consider', 'propose', 'suggest', 'urge', 'ask', 'call']);
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether']);

/**
 * The status of an event from its verb group and clause: negated ("did not", "refused to"), hypothetical
 * ("could", "may", "if", a question), planned ("will", "is set to", "plans to", "is due to"), else occurred.
 */
export function verbStatus(
  tokens: Token[], clause: Clause, group: VerbGroup, head: number, sentenceEnd: number, governor: VerbGroup | null = null,
): EventStatus {
  const before: Token[] = [];
  // An infinitive takes its status from the verb that governs it: "expect X to meet", "refused to meet".
  if (governor) for (let i = governor.start; i < governor.end; i++) before.push(tokens[i]!);
  if (tokens[group.start - 1]?.lower === 'to') {
    const lead = tokens[group.start - 2];
    if (lead && !governor) before.push(lead);
    before.push(tokens[group.start - 1]!);
  }
  for (let i = group.start; i < head; i++) before.push(tokens[i]!);
  if (clause.opener && CONDITIONAL_OPENERS.has(clause.opener)) return 'hypothetical';
  if (before.some((t) => NEGATORS.has(t.lower)) || before.some((t) => t.pos === 'VERB' && NEGATING_VERBS.has(t.lemma))) return 'negated';
  const last = tokens[sentenceEnd - 1];
  if (last?.text === '?') return 'hypothetical';
  if (before.some((t) => MODALS_HYPOTHETICAL.has(t.lower))) return 'hypothetical';
  // "Analysts expect X to ..." is speculation; "X is expected to ..." is a plan.
  const passiveExpect = before.some((t, i) => t.lemma === 'expect' && before[i - 1]?.lemma === 'be');
  if (!passiveExpect && before.some((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && SPECULATIVE.has(t.lemma))) return 'hypothetical';
  if (before.some((t) => MODALS_FUTURE.has(t.lower))) return 'planned';
  // "plans to meet" also where the tagger took "plans" for a noun.
  if (before.some((t) => PLANNING.has(t.lemma) && t.pos !== 'DET')) return 'planned';
  if (before.some((t) => t.lower === 'to') && before.some((t) => t.lemma === 'be') && tokens[head]?.pos === 'VERB') return 'planned';
  return 'occurred';
}

const PLANNED_MODIFIERS = new Set(['upcoming', 'planned', 'scheduled', 'forthcoming', 'expected', 'next', 'future', 'proposed']);
const HYPOTHETICAL_MODIFIERS = new Set(['possible', 'potential', 'prospective', 'hypothetical', 'eventual']);

/** The status of a nominal event ("the upcoming visit", "a possible attack", "talks") from its modifiers. */
export function nounStatus(tokens: Token[], from: number, head: number, clauseStatus: EventStatus): EventStatus {
  for (let i = from; i < head; i++) {
    const w = tokens[i]!.lower;
    if (PLANNED_MODIFIERS.has(w)) return 'planned';
    if (HYPOTHETICAL_MODIFIERS.has(w)) return 'hypothetical';
  }
  return clauseStatus === 'hypothetical' || clauseStatus === 'negated' ? clauseStatus : 'occurred';
}
