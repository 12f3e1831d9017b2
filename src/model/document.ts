import type { Mention } from './actor.js';
import type { Article } from './article.js';
import type { CodedEvent } from './event.js';
import type { Message } from './message.js';
import type { TextSpan } from './span.js';
import type { Sentence, Token } from './token.js';

/**
 * The one document every stage reads and extends: the article, then what nlp, actors, time and events add.
 * Everything that points into the text is a `[start, end)` span over `article.text`.
 */
export interface AnnalsDocument {
  article: Article;
  /** "MOSCOW, Jan 26 (Reuters) -": where and when the story was filed, if it says. */
  dateline: Dateline | null;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  /**
   * Capitalised names no dictionary knows that are not yet mentions: likely places, or names with little to go on.
   * The actors stage leaves them here so that later stages (places) can read them first; none is dropped.
   */
  names?: Mention[];
  events: CodedEvent[];
  messages: Message[];
}

/** The dateline of a story: its place ("MOSCOW"), region ("Alaska") and month-day as written ("Jan 26"). */
export interface Dateline extends TextSpan {
  place: string;
  region: string | null;
  dateText: string | null;
}

/** A fresh document for an article, before any stage has run. */
export function createDocument(article: Article): AnnalsDocument {
  return { article, dateline: null, sentences: [], tokens: [], mentions: [], events: [], messages: [] };
}

/** Add a message to the document. */
export function report(doc: AnnalsDocument, message: Message): void {
  doc.messages.push(message);
}

/**
 * Merge mentions into a list, in text order, keeping `antecedent` and `members` pointing at the same mentions as
 * before. With `replaceCovered`, an earlier mention inside a new one goes ("Mexico" inside "New Mexico"), and links
 * to it are dropped.
 */
export function mergeMentions(
  existing: AnnalsDocument['mentions'], added: AnnalsDocument['mentions'], replaceCovered = false,
): AnnalsDocument['mentions'] {
  if (added.length === 0) return existing;
  const covered = (m: AnnalsDocument['mentions'][number]) =>
    replaceCovered && added.some((a) => m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
  const kept = existing.map((m, i) => ({ m, old: i })).filter((x) => !covered(x.m));
  const all = [...kept, ...added.map((m) => ({ m, old: -1 }))];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const moved = new Map<number, number>();
  all.forEach((x, i) => {
    if (x.old >= 0) moved.set(x.old, i);
  });
  return all.map(({ m, old }) => {
    if (old < 0 || (m.antecedent === null && !m.members)) return m;
    const antecedent = m.antecedent === null ? null : moved.get(m.antecedent) ?? null;
    const members = m.members?.flatMap((k) => (moved.has(k) ? [moved.get(k)!] : []));
    return { ...m, antecedent, ...(members ? { members } : {}) };
  });
}

/** Add mentions to a document, keeping coreference indices right: a stage may add mentions after coreference ran. */
export function addMentions(doc: AnnalsDocument, added: AnnalsDocument['mentions']): void {
  doc.mentions = mergeMentions(doc.mentions, added);
}
