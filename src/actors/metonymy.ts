import type { Mention, Token } from '../model/index.js';

const LOCATIVE = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'from', 'into', 'to', 'toward', 'towards', 'via',
  'through', 'throughout', 'within', 'over', 'beyond', 'past', 'of',
]);
const ACTOR_BEFORE = new Set(['between', 'with', 'by', 'against', 'and', 'urged', 'told']);

/**
 * A capital is an actor when it acts or is acted on as a government ("Damascus's request", "between Damascus and
 * Moscow", "Moscow said"), and a place where something happens in it ("talks in Moscow", "travel to Moscow").
 * Actor readings are recoded country + GOV.
 */
export function resolveMetonymy(tokens: Token[], mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'place' || !m.how.includes('capital') || !m.country) continue;
    if (actsAsGovernment(tokens, mentions, i)) {
      m.kind = 'country';
      m.code = m.country + 'GOV';
      m.sectors = ['GOV'];
      m.how = [...m.how, 'metonymy'];
    }
  }
}

function actsAsGovernment(tokens: Token[], mentions: Mention[], i: number): boolean {
  const m = mentions[i]!;
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === m.sentence;
  if (sameSentence(after) && after.lower === "'s") return true;
  if (sameSentence(before) && LOCATIVE.has(before.lower)) return false;
  // A dateline ("MOSCOW -") or a modifier ("the Moscow summit") is a place.
  if (sameSentence(after) && (after.pos === 'NOUN' || after.text === '-' || after.text === '—')) return false;
  if (sameSentence(before) && (before.lower === 'and' || before.lower === ',' || before.lower === 'or')) {
    const sibling = mentions[i - 1];
    if (sibling && sibling.sentence === m.sentence && sibling.tokenEnd >= m.tokenStart - 2) return sibling.kind !== 'place';
  }
  if (sameSentence(before) && (ACTOR_BEFORE.has(before.lower) || before.pos === 'VERB')) return true;
  if (sameSentence(after) && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  return false;
}
