import type { Article } from '../model/index.js';

/** A job's state: waiting to be claimed, leased to a worker, stored, or given up on (with its reason). */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** The job states, in the order status prints them. */
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

/** A claimed job: the article to code, under a lease held by the claiming worker. */
export interface Job {
  article: Article;
  /** SHA-1 of the article's text, as the store's ingest log keeps it. */
  textHash: string;
  /** This claim included: 1 on the first. */
  attempts: number;
  /** The worker whose lease ran out before this claim, when the job was taken over; else null. */
  takenFrom: string | null;
}

/** What the store did with an article, as a done job records it: `skipped` was stored before with the same text. */
export type JobOutcome = 'inserted' | 'updated' | 'unchanged' | 'duplicate' | 'skipped';

/** How a claimed job ended in this worker: stored (with its outcome and events), or failed with a reason. */
export type JobResult =
  | { article: string; ok: true; outcome: JobOutcome; events: number }
  | { article: string; ok: false; reason: string };

/** What enqueuing did: new jobs, jobs queued again because their text changed, and articles already there. */
export interface EnqueueResult {
  added: number;
  requeued: number;
  known: number;
  /** Articles PostgreSQL refused (each tried alone after its group failed), with the reason. */
  failed: { article: Article; reason: string }[];
}

/** The article as the queue keeps it: the record's fields and its origin, as JSON. */
export function jobRecord(article: Article): Record<string, string | null> {
  const { id, url, title, published, source, text, origin } = article;
  return { id, url, title, published, source, byline: article.byline ?? null, text, origin };
}

/** An article back from the queue's JSON. */
export function jobArticle(json: Record<string, unknown>): Article {
  const text = (key: string): string | null => (typeof json[key] === 'string' ? json[key] : null);
  return {
    id: String(json.id), url: text('url'), title: text('title'), published: text('published'), source: text('source'),
    byline: text('byline'), text: text('text') ?? '', origin: text('origin') ?? 'queue',
  };
}
