import type { Sentence } from '../model/index.js';
import type { Candidate, SentenceInput } from './candidates.js';
import type { Clause } from './clauses.js';
import { chainOf, dateScopeOf, governorsOf } from './scope.js';
import { isActor } from './slots.js';
import { accusationPattern, claimPattern } from './statements.js';
import { verbStatus } from './status.js';
import { subjectIn } from './subject.js';

/**
 * "X alleged that Y ...", "X charged that Y ...", "X claimed that Y attacked Z": besides what the that-clause
 * reports, the speaker accuses its subject (112). "allege" and "charge that" accuse by their meaning; "claim" only
 * when the clause reports a conflict event (roots 11-20) done by its subject. "X claimed that they attacked Y", a
 * conflict event with no named doer after a pronoun, is X claiming responsibility (015).
 */
export function accusations(input: SentenceInput, sentence: Sentence, clauses: Clause[], subjects: number[][], found: Candidate[]): Candidate[] {
  const { tokens, mentions } = input;
  const out: Candidate[] = [];
  clauses.forEach((clause, c) => {
    const before = clauses[c - 1];
    const group = before?.verbGroups[before.verbGroups.length - 1];
    if (clause.kind !== 'complement' || !before || !group) return;
    const verb = group.verbs[group.verbs.length - 1]!;
    const lemma = tokens[verb]!.lemma;
    if (!ACCUSING.has(lemma)) return;
    // "alleged that France was aware": a that-clause with no verb group still has a subject.
    const subject = subjects[c]!.length > 0 ? subjects[c]! : subjectIn(tokens, mentions, input.index, clause.start, clause.end);
    const accused = subject.filter((m) => isActor(mentions[m]!));
    const speaker = subjects[c - 1]!.filter((m) => isActor(mentions[m]!));
    const status = verbStatus(tokens, before, group, verb, sentence.tokenEnd, governorsOf(tokens, clauses, c - 1, group));
    const common = {
      sentence: sentence.index, trigger: verb, status, clauseStart: before.start, clauseEnd: clause.end, sourceHow: 'subject', nominal: false,
      dateScope: dateScopeOf(clauses, c - 1), chain: chainOf(clauses, c - 1, sentence.index),
    };
    // "The rebels claimed that they had attacked the base": a claim of one's own attack is a claim of responsibility.
    if (lemma === 'claim' && accused.length === 0 && SELF.has(tokens[clause.start]!.lower) && speaker.length > 0) {
      const own = found.find((k) => k.clauseStart === clause.start && k.match.pattern.cameo >= '14' && k.sources.length === 0);
      if (own) out.push({ ...common, match: { pattern: claimPattern(), source: null, target: null, end: group.end }, sources: speaker, targets: own.targets, targetHow: 'target of the claimed event' });
      return;
    }
    if (accused.length === 0 || accused.some((m) => speaker.includes(m))) return;
    const conflict = found.some((k) => k.clauseStart === clause.start && k.match.pattern.cameo >= '11' && k.sources.some((m) => accused.includes(m)));
    if (lemma === 'claim' && !conflict) return;
    out.push({ ...common, match: { pattern: accusationPattern(lemma), source: null, target: null, end: group.end }, sources: speaker, targets: accused, targetHow: 'that-clause subject' });
  });
  return out;
}

/** Verbs whose that-clause accuses its subject. */
export const ACCUSING: ReadonlySet<string> = new Set(['allege', 'charge', 'claim']);
/** Pronouns by which a that-clause may speak of its speaker ("X claimed that they ..."). */
const SELF: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'we']);
