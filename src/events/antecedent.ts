import type { DateReading, Mention, Token } from '../model/index.js';
import type { MentionIndex } from './slots.js';

/** Nouns that name the same happening as a verb: "toppled Assad" is "the fall of Assad's regime". */
const SAME_EVENT_NOUNS: Record<string, readonly string[]> = {
  topple: ['fall', 'ouster', 'overthrow', 'toppling', 'downfall', 'collapse', 'removal'],
  overthrow: ['fall', 'ouster', 'overthrow', 'toppling', 'downfall', 'collapse', 'removal'],
  oust: ['fall', 'ouster', 'overthrow', 'toppling', 'downfall', 'removal'],
  depose: ['fall', 'ouster', 'overthrow', 'downfall', 'removal'],
  attack: ['attack', 'assault', 'raid', 'offensive'],
  invade: ['invasion'],
  meet: ['meeting', 'talks', 'summit', 'encounter'],
  visit: ['visit', 'trip'],
  arrest: ['arrest', 'detention'],
  kill: ['killing', 'death', 'assassination'],
  assassinate: ['assassination', 'killing'],
  sign: ['signing'],
  grant: [],
};

const WINDOW = 12;

/** An earlier mention of the same event and the date given there. */
export interface EventAntecedent {
  reading: DateReading;
  text: string;
  /** The sentence of the earlier mention. */
  sentence: number;
}

/**
 * Find an earlier mention of the same event in the article: a noun of the same happening about the same actor
 * ("the fall of Bashar al-Assad's regime in late 2024" before "toppled Assad"), with a date near it.
 */
export function earlierMention(
  verbLemma: string,
  entities: ReadonlySet<string>,
  beforeToken: number,
  tokens: Token[],
  mentions: Mention[],
  index: MentionIndex,
  dates: Mention[],
): EventAntecedent | null {
  const nouns = SAME_EVENT_NOUNS[verbLemma];
  if (!nouns || nouns.length === 0 || entities.size === 0) return null;
  for (let i = beforeToken - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !nouns.includes(t.lemma)) continue;
    if (!aboutEntity(tokens, mentions, index, i, entities)) continue;
    const date = dates.find((d) => d.sentence === t.sentence && d.readings && d.tokenStart > i && d.tokenStart - i <= WINDOW)
      ?? dates.find((d) => d.sentence === t.sentence && d.readings && d.tokenEnd <= i && i - d.tokenEnd <= 4);
    if (date) return { reading: date.readings!.past, text: date.text, sentence: t.sentence };
  }
  return null;
}

/** "fall of X", "X's fall": the noun at `i` is about one of the entities. */
function aboutEntity(tokens: Token[], mentions: Mention[], index: MentionIndex, i: number, entities: ReadonlySet<string>): boolean {
  const entityAt = (k: number) => {
    const m = k >= 0 ? index[k] : -1;
    return m !== undefined && m >= 0 && mentions[m]!.entity !== null && entities.has(mentions[m]!.entity!);
  };
  if (tokens[i + 1]?.lower === 'of') {
    for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) if (entityAt(k)) return true;
  }
  return tokens[i - 1]?.lower === "'s" && entityAt(i - 2);
}
