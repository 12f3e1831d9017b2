import type { Mention, Sentence, Token } from '../model/index.js';
import type { CompiledActors, Sense } from './dictionary/compile.js';
import { groupToMention, type Context } from './group.js';
import type { DictionaryMatch } from './match.js';
import { isPossessive } from './possessive.js';

export { properNameRun } from './group.js';
export type { Context } from './group.js';

const MODIFIER_POS = new Set(['ADJ']);

/** What lies between two matches of one title. */
type Gap = 'none' | 'possessive' | 'modifiers' | 'of';

/**
 * Compose the dictionary matches of one sentence into actor mentions: a country, then sector words, then a
 * name ("Syrian President Ahmed al-Sharaa", "Russia's military", "Hamas leader Khalil al-Hayya"), or sector words
 * of a country ("the Government of Iraq") become one mention coded country + sectors, or with the named
 * person's role on the article's date.
 */
export function composeMentions(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  matches: DictionaryMatch[],
  compiled: CompiledActors,
  context: Context,
): Mention[] {
  const mentions: Mention[] = [];
  let m = 0;
  while (m < matches.length) {
    const group: DictionaryMatch[] = [matches[m]!];
    let end = matches[m]!.tokenEnd;
    let n = m + 1;
    while (n < matches.length) {
      const gap = gapBetween(tokens, end, matches[n]!.tokenStart);
      if (gap === null || !canFollow(group, matches[n]!, gap)) break;
      group.push(matches[n]!);
      end = matches[n]!.tokenEnd;
      n++;
    }
    const mention = groupToMention(text, tokens, sentence, group, compiled, context);
    if (mention) mentions.push(mention);
    m = n;
  }
  return mentions;
}

/** What lies between two matches: null when it is more than a possessive, adjectives or "of (the)". */
function gapBetween(tokens: Token[], from: number, to: number): Gap | null {
  if (from === to) return 'none';
  // "Russia's military", "Assad's brutal regime", "Russia's two largest oil companies": a possessive, perhaps with
  // numbers and adjectives after it.
  if (isPossessive(tokens[from])) {
    for (let i = from + 1; i < to; i++) if (!MODIFIER_POS.has(tokens[i]!.pos) && tokens[i]!.pos !== 'NUM') return null;
    return 'possessive';
  }
  if (tokens[from]!.lower === 'of' && (to - from === 1 || (to - from === 2 && tokens[from + 1]!.lower === 'the'))) return 'of';
  for (let i = from; i < to; i++) if (!MODIFIER_POS.has(tokens[i]!.pos)) return null;
  return 'modifiers';
}

function kindOf(match: DictionaryMatch): Sense['type'] {
  return match.senses[0]!.type;
}

/** Country, then agents, then one name: the order a title runs in English; or agents "of" a country or body. */
function canFollow(group: DictionaryMatch[], next: DictionaryMatch, gap: Gap): boolean {
  const a = kindOf(group[group.length - 1]!);
  const b = kindOf(next);
  if (gap === 'of') {
    // "the Government of Iraq", "the leader of Hamas": only a title with no country of its own yet.
    if (a !== 'agent' || group.some((m) => kindOf(m) !== 'agent')) return false;
    const sense = next.senses[0]!;
    return (sense.type === 'country' && sense.via === 'name') || (sense.type === 'named' && sense.entry.kind === 'organization');
  }
  if (a === 'country') return (b === 'agent' || b === 'named') && (gap !== 'possessive' || b === 'agent');
  if (a === 'agent') return (b === 'agent' || b === 'named') && gap !== 'possessive';
  // "Hamas leader", "Putin's government", and for a body "ISIL tactical units"; not "Putin loyal troops".
  if (a === 'named') {
    const owner = group[group.length - 1]!.senses[0]!;
    return b === 'agent' && (gap !== 'modifiers' || (owner.type === 'named' && owner.entry.kind === 'organization'));
  }
  return false;
}
