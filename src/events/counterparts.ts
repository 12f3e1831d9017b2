import type { Mention, Sentence, Token } from '../model/index.js';
import type { Candidate } from './candidates.js';
import { isActor } from './slots.js';

/** Openers that mark a sentence as answering the one before: "Putin, in turn, ...", "For its part, Turkey ...". */
const RECIPROCITY: readonly (readonly string[])[] = [
  ['in', 'turn'], ['in', 'response'], ['in', 'reply'], ['in', 'return'],
  ['for', 'his', 'part'], ['for', 'her', 'part'], ['for', 'its', 'part'], ['for', 'their', 'part'],
];

/** How many words of a sentence's opening may come before its discourse marker ("Putin, in turn, ..."). */
const OPENING = 8;
/** Sentences back that a reciprocal sentence may answer. */
const REACH = 3;

/** Does a sentence open with one of these word sequences, within its first few tokens? */
export function opensWith(tokens: Token[], sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>, phrases: readonly (readonly string[])[]): boolean {
  const head = tokens.slice(sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + OPENING)).map((t) => t.lower);
  return phrases.some((words) => head.some((_, k) => words.every((w, j) => head[k + j] === w)));
}

/** The countries of a candidate side's actors. */
function countriesOf(mentions: Mention[], side: number[]): Set<string> {
  const out = new Set<string>();
  for (const m of side) {
    const members = mentions[m]!.members;
    for (const k of members?.length ? members : [m]) if (mentions[k]!.country) out.add(mentions[k]!.country!);
  }
  return out;
}

/**
 * Counterparts from discourse for intentions to cooperate (CAMEO 03x) that name no target in their clause, which
 * is how a story reports one side answering the other ("Sharaa pledged to honour past agreements. Putin, in turn,
 * expressed readiness to expand cooperation ..."):
 * - a sentence opened by a reciprocity marker ("in turn", "in response", "for its part") answers the last earlier
 *   event, within a few sentences, whose target is the answering source's country: its source is the target;
 * - else the country the clause names after the trigger ("... amid Syria's recovery"), other than the source's.
 * Returns the candidates with the targets so found; the others are returned as they were.
 */
export function discourseCounterparts(tokens: Token[], mentions: Mention[], sentences: Sentence[], candidates: Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    if (c.targets.length > 0 || c.sources.length === 0 || !c.match.pattern.cameo.startsWith('03')) return c;
    const own = countriesOf(mentions, c.sources);
    if (own.size === 0) return c;
    if (opensWith(tokens, sentences[c.sentence]!, RECIPROCITY)) {
      const answered = answeredEvent(mentions, candidates, i, own);
      if (answered) return { ...c, targets: answered.sources, targetHow: 'reciprocal' };
    }
    const named = countryNamedAfter(mentions, c, own);
    return named >= 0 ? { ...c, targets: [named], targetHow: 'named in the clause' } : c;
  });
}

/** The last earlier event, a few sentences back, done to the answering side by an actor of another country. */
function answeredEvent(mentions: Mention[], candidates: Candidate[], i: number, own: Set<string>): Candidate | null {
  const sentence = candidates[i]!.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const p = candidates[k]!;
    if (p.sentence === sentence) continue;
    if (p.sentence < sentence - REACH) break;
    const sources = p.sources.filter((m) => isActor(mentions[m]!));
    if (sources.length === 0 || p.targets.length === 0) continue;
    const theirs = countriesOf(mentions, sources);
    const doneToUs = [...countriesOf(mentions, p.targets)].some((c) => own.has(c));
    // The last event with both sides is the one answered: when it was not done to this side, nothing is.
    return doneToUs && theirs.size > 0 && ![...theirs].some((c) => own.has(c)) ? { ...p, sources } : null;
  }
  return null;
}

/** A country named after the pattern's trigger in the candidate's clause, other than the source's, or -1. */
function countryNamedAfter(mentions: Mention[], c: Candidate, own: Set<string>): number {
  let found = -1;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.sentence !== c.sentence || mention.tokenStart <= c.trigger || mention.tokenStart >= c.clauseEnd) continue;
    if (mention.kind !== 'country' || !mention.country || own.has(mention.country)) continue;
    if (found >= 0) return -1;
    found = m;
  }
  return found;
}
