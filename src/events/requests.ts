import type { Sentence, Token } from '../model/index.js';
import type { Candidate } from './candidates.js';
import type { Clause } from './clauses.js';
import type { Pattern } from './lexicon/types.js';
import { isActor } from './slots.js';
import type { SentenceInput } from './candidates.js';

const REQUEST_NOUNS = new Set(['request', 'invitation', 'behest', 'urging', 'demand', 'insistence']);

const REQUEST_PATTERN: Pattern = {
  cameo: '100', heads: new Set(['request']), nominal: true, elements: [], mode: null, text: "at $S's request (made of the clause's subject)",
  specificity: 3, required: [], firstRequired: -1, file: 'built-in', line: 0,
};

/**
 * "evacuating a base at Damascus's request", "at the invitation of Qatar": the one who asked is the source, and what
 * was asked of is the subject of the clause, who did it (seed row 11).
 */
export function requests(input: SentenceInput, sentence: Sentence, clauses: Clause[], subjects: number[][]): Omit<Candidate, 'dateScope' | 'chain'>[] {
  const { tokens, mentions, index } = input;
  const out: Omit<Candidate, 'dateScope' | 'chain'>[] = [];
  clauses.forEach((clause, c) => {
    for (let i = clause.start; i < clause.end - 2; i++) {
      if (tokens[i]!.lower !== 'at') continue;
      const asker = askerAt(tokens, index, i + 1, clause.end);
      if (!asker) continue;
      const m = asker.mention;
      if (!isActor(mentions[m]!)) continue;
      const targets = subjects[c]!.filter((s) => s !== m);
      if (targets.length === 0) continue;
      out.push({
        sentence: sentence.index, trigger: asker.noun, match: { pattern: REQUEST_PATTERN, source: [m], target: targets, end: asker.end },
        sources: [m], targets, status: 'occurred', clauseStart: clause.start, clauseEnd: clause.end, sourceHow: 'possessor',
        targetHow: 'clause subject', nominal: true,
      });
    }
  });
  return out;
}

/** "X's request" or "the request of X" right after "at": the asker's mention, the noun, and where it ends. */
function askerAt(tokens: Token[], index: Int32Array, from: number, to: number): { mention: number; noun: number; end: number } | null {
  const m = index[from]!;
  if (m >= 0) {
    let k = from;
    while (k < to && index[k] === m) k++;
    if (tokens[k]?.lower === "'s" && REQUEST_NOUNS.has(tokens[k + 1]?.lemma ?? '')) return { mention: m, noun: k + 1, end: k + 2 };
    return null;
  }
  if (tokens[from]?.lower === 'the' && REQUEST_NOUNS.has(tokens[from + 1]?.lemma ?? '') && tokens[from + 2]?.lower === 'of') {
    const n = index[from + 3] ?? -1;
    if (n >= 0) return { mention: n, noun: from + 1, end: from + 4 };
  }
  return null;
}
