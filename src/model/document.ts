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
 * Add mentions to a document, keeping `doc.mentions` in text order. Indices held by other mentions
 * (`antecedent`, `members`) are remapped, so a stage may add mentions after coreference has run.
 */
export function addMentions(doc: AnnalsDocument, added: AnnalsDocument['mentions']): void {
  if (added.length === 0) return;
  const all = [...doc.mentions.map((m, i) => ({ m, old: i })), ...added.map((m) => ({ m, old: -1 }))];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const moved = new Map<number, number>();
  all.forEach((x, i) => {
    if (x.old >= 0) moved.set(x.old, i);
  });
  doc.mentions = all.map(({ m, old }) => {
    if (old < 0) return m;
    const antecedent = m.antecedent === null ? null : moved.get(m.antecedent) ?? null;
    const members = m.members?.map((k) => moved.get(k)!);
    return { ...m, antecedent, ...(members ? { members } : {}) };
  });
}
