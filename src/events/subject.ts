import type { Mention, Token } from '../model/index.js';
import type { Clause } from './clauses.js';
import { isActor, type MentionIndex } from './slots.js';

const LEADERS = new Set(['lead', 'back', 'support', 'head', 'command', 'arm', 'fund']);
const SKIP_BACK = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** The subject actors of a stretch: the first actor not inside a prepositional phrase, with its coordinated siblings. */
export function subjectIn(tokens: Token[], mentions: Mention[], index: MentionIndex, from: number, to: number): number[] {
  for (let i = from; i < to; i++) {
    const m = index[i]!;
    if (m < 0 || !isActor(mentions[m]!) || mentions[m]!.tokenStart !== i) continue;
    if (governedByPreposition(tokens, i, from)) {
      i = mentions[m]!.tokenEnd - 1;
      continue;
    }
    const out = [m];
    let j = mentions[m]!.tokenEnd;
    while (j < to && (tokens[j]!.text === ',' || tokens[j]!.lower === 'and')) {
      let k = j + 1;
      if (tokens[k]?.lower === 'and') k++;
      const n = k < to ? index[k]! : -1;
      if (n < 0 || !isActor(mentions[n]!)) break;
      out.push(n);
      j = mentions[n]!.tokenEnd;
    }
    return out.map((n) => refineLedBy(tokens, mentions, index, n, to));
  }
  return [];
}

function governedByPreposition(tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && (SKIP_BACK.has(tokens[k]!.pos) || tokens[k]!.lower === "'s")) k--;
  return k >= from && tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'by';
}

/** "rebel forces led by Sharaa's HTS": a countryless group named by who leads or backs it. */
function refineLedBy(tokens: Token[], mentions: Mention[], index: MentionIndex, m: number, to: number): number {
  const mention = mentions[m]!;
  if (mention.country !== null || mention.kind !== 'agent') return m;
  const verb = tokens[mention.tokenEnd];
  const by = tokens[mention.tokenEnd + 1];
  if (!verb || !by || !LEADERS.has(verb.lemma) || by.lower !== 'by') return m;
  // The leader is the last actor of the by-phrase before the verb ("by Sharaa's HTS coalition": HTS).
  let leader = -1;
  for (let i = mention.tokenEnd + 2; i < to; i++) {
    const n = index[i]!;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') break;
    if (n >= 0 && isActor(mentions[n]!) && mentions[n]!.tokenStart === i) leader = n;
  }
  return leader >= 0 ? leader : m;
}

/** The actors a relative clause's pronoun stands for: the mention right before it ("Assad, who fled"). */
export function relativeAntecedent(tokens: Token[], mentions: Mention[], index: MentionIndex, clause: Clause): number[] {
  let k = clause.start - 2;
  while (k >= 0 && (tokens[k]!.text === ',' || tokens[k]!.text === ')')) k--;
  const m = k >= 0 ? index[k]! : -1;
  return m >= 0 && isActor(mentions[m]!) ? [m] : [];
}
