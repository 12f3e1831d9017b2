import type { EventStatus, Token } from '../model/index.js';
import type { Clause, VerbGroup } from './clauses.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'rule', 'avoid', 'stop', 'halt', 'cancel', 'postpone', 'abandon']);
const MODALS_HYPOTHETICAL = new Set(['could', 'may', 'might', 'should', 'would', 'must', "'d", 'can']);
const MODALS_FUTURE = new Set(['will', "'ll", 'shall']);
const PLANNING = new Set([
  'plan', 'intend', 'aim', 'prepare', 'schedule', 'due', 'set', 'expect', 'go', 'agree', 'vow', 'pledge', 'promise', 'threaten',
  'decide', 'announce', 'offer', 'propose', 'seek', 'want', 'wish', 'hope', 'try', 'attempt', 'move', 'order', 'authorize', 'approve',
]);
/** Verbs whose complement did happen: "managed to escape", "continued to attack", "began to withdraw". */
const IMPLICATIVE = new Set(['manage', 'continue', 'begin', 'start', 'proceed', 'keep', 'resume', 'dare', 'happen', 'use', 'succeed', 'help']);
const SPECULATIVE = new Set(['expect', 'hope', 'want', 'wish', 'predict', 'believe', 'think', 'consider', 'suggest', 'urge', 'ask', 'call', 'fear', 'suspect', 'speculate', 'forecast']);
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute']);
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether', 'until']);

/** What governs a verb group: the verb of an infinitive ("agreed to meet"), the verb of a that-clause ("denied that"). */
export interface Governors {
  /** The verb group an infinitive depends on, in the same clause. */
  infinitive: VerbGroup | null;
  /** The lemma of the verb a that-clause reports ("said", "denied", "expect"). */
  complementOf: string | null;
}

const NONE: Governors = { infinitive: null, complementOf: null };

function tokensOf(tokens: Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to);
}

/** The status a group's own words give: negation, modality, future. */
function ownStatus(words: Token[]): EventStatus | null {
  if (words.some((t) => NEGATORS.has(t.lower)) || words.some((t) => t.pos === 'VERB' && NEGATING_VERBS.has(t.lemma))) return 'negated';
  if (words.some((t) => MODALS_HYPOTHETICAL.has(t.lower))) return 'hypothetical';
  // "Analysts expect X to ..." is speculation; "X is expected to ..." is a plan.
  const passiveExpect = words.some((t, i) => t.lemma === 'expect' && words[i - 1]?.lemma === 'be');
  if (!passiveExpect && words.some((t) => t.pos === 'VERB' && SPECULATIVE.has(t.lemma))) return 'hypothetical';
  if (words.some((t) => MODALS_FUTURE.has(t.lower))) return 'planned';
  // "is set to travel", "plans to meet" (also where the tagger took "plans" for a noun), "is due to".
  if (words.some((t, i) => PLANNING.has(t.lemma) && words[i + 1]?.lower === 'to')) return 'planned';
  if (words.some((t) => t.lower === 'to') && words.some((t) => t.lemma === 'be')) return 'planned';
  return null;
}

/** Verbs that report what someone said they would do: "announced it would free", "said that it would attack". */
const REPORTING = new Set(['say', 'announce', 'declare', 'tell', 'state', 'pledge', 'promise', 'vow', 'insist', 'confirm', 'add']);

/** "would" in what a speaker said they would do is the future seen from the past, not a condition. */
function reportedFuture(tokens: Token[], clause: Clause, group: VerbGroup, head: number, governors: Governors): boolean {
  const words = tokensOf(tokens, group.start, head);
  if (!words.some((t) => t.lower === 'would' || t.lower === "'d") || words.some((t) => MODALS_HYPOTHETICAL.has(t.lower) && t.lower !== 'would' && t.lower !== "'d")) return false;
  if (governors.complementOf && REPORTING.has(governors.complementOf)) return true;
  return clause.verbGroups.some((g) => g.end <= group.start && REPORTING.has(tokens[g.verbs[g.verbs.length - 1]!]!.lemma));
}

/**
 * The status of an event from its verb group and clause: negated ("did not", "refused to", "denied that"),
 * hypothetical ("could", "may", "if", "until", a question, "analysts expect"), planned ("will", "is set to",
 * "plans to", "agreed to resume", a headline's "Russia to send", "said it would"), else occurred.
 */
export function verbStatus(
  tokens: Token[], clause: Clause, group: VerbGroup, head: number, sentenceEnd: number, governors: Governors = NONE,
): EventStatus {
  if (clause.opener && CONDITIONAL_OPENERS.has(clause.opener)) return 'hypothetical';
  if (tokens[sentenceEnd - 1]?.text === '?') return 'hypothetical';
  const own = ownStatus(tokensOf(tokens, group.start, head));
  if (own === 'hypothetical' && reportedFuture(tokens, clause, group, head, governors)) return 'planned';
  if (own) return own;

  if (tokens[group.start - 1]?.lower === 'to') {
    const governor = governors.infinitive;
    if (governor) {
      const words = tokensOf(tokens, governor.start, governor.end);
      const verb = tokens[governor.verbs[governor.verbs.length - 1]!]!;
      const governed = ownStatus(words);
      if (governed === 'negated' || governed === 'hypothetical') return governed;
      if (NEGATING_VERBS.has(verb.lemma)) return 'negated';
      if (SPECULATIVE.has(verb.lemma) && !words.some((t) => t.lemma === 'be')) return 'hypothetical';
      if (IMPLICATIVE.has(verb.lemma)) return 'occurred';
      // "agreed to resume talks", "sent troops to fight": what the infinitive names is still to come.
      return 'planned';
    }
    const lead = tokens[group.start - 2];
    if (lead && SPECULATIVE.has(lead.lemma)) return 'hypothetical';
    if (lead && NEGATING_VERBS.has(lead.lemma)) return 'negated';
    // "plans to meet" with "plans" tagged a noun; a headline's "Russia to send troops".
    if (lead && (PLANNING.has(lead.lemma) || lead.pos === 'NOUN' || lead.pos === 'PROPN')) return 'planned';
  }

  if (clause.kind === 'complement' && governors.complementOf) {
    if (DENYING.has(governors.complementOf)) return 'negated';
    if (SPECULATIVE.has(governors.complementOf)) return 'hypothetical';
  }
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
