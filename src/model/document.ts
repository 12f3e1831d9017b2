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
