import type { CoderOptions } from '../coder/index.js';
import type { Page } from '../ingest/index.js';
import type { Article, EventRecord, Message } from '../model/index.js';

/** What a worker is started with: the coder's options, so every worker builds the same coder once. */
export interface WorkerSetup {
  coder: CoderOptions;
}

/** Main thread to worker: code this article; `seq` comes back with the answer. */
export interface CodeRequest {
  type: 'code';
  seq: number;
  article: Article;
}

/** Main thread to worker: read this web page's article out of its HTML; `seq` comes back with the page. */
export interface ExtractRequest {
  type: 'extract';
  seq: number;
  html: string;
  baseUrl: string | null;
}

/** What a worker is asked to do. */
export type WorkerRequest = CodeRequest | ExtractRequest;

/**
 * A coded article as it crosses threads: records and messages only. The document's tokens and mentions stay in
 * the worker; the store needs the article (which the main thread kept), the records and the messages.
 */
export interface Coded {
  ok: true;
  records: EventRecord[];
  messages: Message[];
  sentences: number;
}

/** An article the coder threw on, with the reason. */
export interface CodeFailure {
  ok: false;
  reason: string;
}

/** Worker to main thread. `ready` once the coder is built (with its load problems); `fatal` when it cannot be. */
export type WorkerMessage =
  | { type: 'ready'; problems: Message[] }
  | { type: 'fatal'; reason: string }
  | ({ type: 'done'; seq: number } & (Coded | CodeFailure))
  | { type: 'extracted'; seq: number; page: Page }
  | { type: 'extract-failed'; seq: number; reason: string };
