import type { DateReading, Mention, Token } from '../model/index.js';
import { chosen } from '../time/index.js';
import { opensWith } from './counterparts.js';
import type { MentionIndex } from './slots.js';

/** Nouns that name the same happening as a verb, beyond the regular ones ("meet" is "meeting", "attack" "attack"). */
const SAME_EVENT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  topple: ['fall', 'ouster', 'overthrow', 'toppling', 'downfall', 'collapse', 'removal'],
  overthrow: ['fall', 'ouster', 'toppling', 'downfall', 'collapse', 'removal'],
  oust: ['fall', 'ouster', 'overthrow', 'toppling', 'downfall', 'removal'],
  depose: ['fall', 'ouster', 'overthrow', 'downfall', 'removal'],
  attack: ['assault', 'raid', 'offensive', 'strike'],
  strike: ['attack', 'airstrike', 'raid'],
  invade: ['invasion', 'incursion'],
  meet: ['talks', 'summit', 'encounter'],
  visit: ['trip'],
  travel: ['visit', 'trip'],
  arrest: ['detention'],
  detain: ['detention', 'arrest'],
  kill: ['death', 'assassination'],
  assassinate: ['killing'],
  expel: ['expulsion'],
  withdraw: ['withdrawal', 'pullout'],
  negotiate: ['talks'],
  flee: ['flight'],
};

/** Verbs that are not events one refers back to with a noun ("grant" the verb is not "a grant"). */
const NO_NOUN = new Set(['grant', 'say', 'be', 'have']);

/** Whether a noun names what a verb does: listed, the verb itself ("attack"), or its -ing, -ion, -ment, -al form. */
export function namesSameHappening(verb: string, noun: string): boolean {
  return nounsFor(verb).includes(noun);
}

const WINDOW = 12;
/** Sentences an episode's date carries over to when the story goes on with it ("Putin, in turn, ..."). */
const EPISODE_REACH = 3;

/** An earlier mention of the same event and the date given there. */
export interface EventAntecedent {
  reading: DateReading;
  text: string;
  /** The sentence of the earlier mention. */
  sentence: number;
}

/** The event looked for: its trigger's lemma and whether it is a noun. */
export interface EventKey {
  lemma: string;
  nominal: boolean;
}

/** The nouns that may name what a verb does, for looking them up: listed and regular forms. */
function nounsFor(verb: string): string[] {
  if (NO_NOUN.has(verb)) return [];
  const stem = verb.replace(/e$/, '');
  return [...(SAME_EVENT_NOUNS[verb] ?? []), verb, `${stem}ing`, `${verb}ment`, `${stem}ion`, `${stem}ation`, `${verb}al`];
}

/** Finds earlier mentions of an event before a token, for events that share one article's tokens and mentions. */
export type AntecedentFinder = (event: EventKey, entities: ReadonlySet<string>, beforeToken: number) => EventAntecedent | null;

/**
 * A finder of earlier mentions of the same event in an article, with a date given there: a noun of the same
 * happening about one of the event's actors ("the fall of Bashar al-Assad's regime in late 2024" before "toppled
 * Assad"), or the same verb with one of its actors in an earlier dated clause ("Russia granted Assad asylum in
 * December ..."). A nominal event needs two of its actors named there, since "the talks" are often other talks.
 * Tokens are indexed by lemma once, on first use.
 */
export function earlierMentions(tokens: Token[], mentions: Mention[], index: MentionIndex, dates: Mention[]): AntecedentFinder {
  let byLemma: Map<string, number[]> | null = null;
  const positions = (lemma: string): number[] => {
    if (!byLemma) {
      byLemma = new Map();
      tokens.forEach((t, i) => {
        if (t.pos !== 'NOUN' && t.pos !== 'VERB') return;
        const list = byLemma!.get(t.lemma);
        if (list) list.push(i);
        else byLemma!.set(t.lemma, [i]);
      });
    }
    return byLemma.get(lemma) ?? [];
  };
  return function earlierMention(event, entities, beforeToken) {
    if (entities.size === 0) return null;
    const needed = event.nominal ? Math.min(2, entities.size) : 1;
    const nouns = event.nominal ? [event.lemma] : nounsFor(event.lemma);
    const candidates = [...new Set([...nouns, event.lemma])].flatMap(positions).filter((i) => i < beforeToken).sort((a, b) => b - a);
    for (const i of candidates) {
      const t = tokens[i]!;
      const noun = t.pos === 'NOUN' && nouns.includes(t.lemma);
      const verb = t.pos === 'VERB' && t.lemma === event.lemma;
      if (!noun && !verb) continue;
      if (verb && actorsNear(tokens, mentions, index, i, entities) < needed) continue;
      if (noun && aboutActors(tokens, mentions, index, i, entities) < needed) continue;
      const date = noun ? dateNearNoun(tokens, dates, i) : dates.find((d) => d.anchor === i && d.readings);
      const reading = date ? chosen(date) : null;
      if (date && reading) return { reading, text: date.text, sentence: t.sentence };
    }
    return null;
  };
}

/** A date right after a noun with no verb between ("the fall ... in late 2024"), or just before it ("the 2024 fall"). */
function dateNearNoun(tokens: Token[], dates: Mention[], i: number): Mention | undefined {
  const sentence = tokens[i]!.sentence;
  return dates.find((d) => {
    if (d.sentence !== sentence || !d.readings || d.tokenStart <= i || d.tokenStart - i > WINDOW) return false;
    for (let k = i + 1; k < d.tokenStart; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
    return true;
  }) ?? dates.find((d) => d.sentence === sentence && d.readings && d.tokenEnd <= i && i - d.tokenEnd <= 4);
}

function entityAt(mentions: Mention[], index: MentionIndex, k: number, entities: ReadonlySet<string>): string | null {
  const m = k >= 0 ? index[k] : -1;
  if (m === undefined || m < 0) return null;
  const entity = mentions[m]!.entity;
  return entity !== null && entities.has(entity) ? entity : null;
}

/** How many of the actors a noun is about: "fall of X", "X's fall", "X and Y's meeting", "talks between X and Y". */
function aboutActors(tokens: Token[], mentions: Mention[], index: MentionIndex, i: number, entities: ReadonlySet<string>): number {
  const found = new Set<string>();
  if (['of', 'between', 'with', 'by', 'on', 'against'].includes(tokens[i + 1]?.lower ?? '')) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 10) && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
      const e = entityAt(mentions, index, k, entities);
      if (e) found.add(e);
    }
  }
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (tokens[k]!.lower !== "'s") continue;
    const e = entityAt(mentions, index, k - 1, entities);
    if (e) found.add(e);
  }
  return found.size;
}

/** How many of the actors are named within a few tokens of a verb, in its sentence. */
function actorsNear(tokens: Token[], mentions: Mention[], index: MentionIndex, i: number, entities: ReadonlySet<string>): number {
  const found = new Set<string>();
  for (let k = Math.max(0, i - 8); k < Math.min(tokens.length, i + 8); k++) {
    if (tokens[k]!.sentence !== tokens[i]!.sentence) continue;
    const e = entityAt(mentions, index, k, entities);
    if (e) found.add(e);
  }
  return found.size;
}

const CONTINUATIONS = [
  ['in', 'turn'], ['then'], ['later'], ['afterwards'], ['afterward'], ['subsequently'], ['in', 'response'], ['in', 'reply'],
  ['for', 'his', 'part'], ['for', 'her', 'part'], ['for', 'its', 'part'], ['for', 'their', 'part'],
];

/**
 * The date of the episode a sentence goes on with: a sentence that opens by carrying the story on ("Putin, in
 * turn, emphasized ...") takes the last date of the sentences just before it ("During the October 2025 talks,
 * Sharaa pledged ..."), when that date states its year or was read as past.
 */
export function episodeDate(tokens: Token[], sentence: { index: number; tokenStart: number; tokenEnd: number }, dates: Mention[]): EventAntecedent | null {
  if (!opensWith(tokens, sentence, CONTINUATIONS)) return null;
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k]!;
    if (d.sentence >= sentence.index) continue;
    if (d.sentence < sentence.index - EPISODE_REACH) break;
    const reading = chosen(d);
    const stated = d.readings?.past === d.readings?.future;
    if (reading && (d.reading === 'past' || stated) && !d.how.includes('duration')) return { reading, text: d.text, sentence: d.sentence };
  }
  return null;
}
