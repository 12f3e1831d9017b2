export type { Span, TextSpan } from './span.js';
export { spanText } from './span.js';
export type { Article, ArticleInput } from './article.js';
export type { Pos, Token, Sentence } from './token.js';
export type { MentionPlace, PlacePrecision } from './place.js';
export type { ActorCode, ActorRef, DateReading, Mention, MentionKind } from './actor.js';
export type {
  CodedEvent, DatePrecision, EventDate, EventLocation, EventRecord, EventStatus, QuadClass,
} from './event.js';
export type { Message } from './message.js';
export type { AnnalsDocument, Dateline } from './document.js';
export { addMentions, createDocument, mergeMentions, report } from './document.js';
