import { textHash } from '../dedupe/index.js';
import type { Article } from '../model/index.js';
import type { Db } from './db.js';
import { jobRecord } from './jobs.js';
import type { EnqueueResult } from './jobs.js';

/** The channel workers listen on: told whenever jobs become claimable (enqueued, released, retried). */
export const QUEUE_CHANNEL = 'annals_queue';

// A known article is left alone, unless its text changed and no worker holds it: then it is queued again, fresh.
const INSERT = `
  INSERT INTO queue_jobs (article_id, article, text_hash, text_bytes)
  SELECT r.id, r.article, r.hash, r.bytes FROM jsonb_to_recordset($1::jsonb) AS r (id text, article jsonb, hash text, bytes integer)
  ON CONFLICT (article_id) DO UPDATE SET
    article = excluded.article, text_hash = excluded.text_hash, text_bytes = excluded.text_bytes, state = 'queued',
    attempts = 0, worker = NULL, locked_until = NULL, last_error = NULL, outcome = NULL, events = NULL,
    enqueued_at = now(), claimed_at = NULL, finished_at = NULL
  WHERE queue_jobs.text_hash <> excluded.text_hash AND queue_jobs.state <> 'running'
  RETURNING (xmax = 0) AS inserted`;

async function insert(db: Db, articles: readonly Article[]): Promise<{ added: number; requeued: number }> {
  const rows = articles.map((a) => ({
    id: a.id, article: jobRecord(a), hash: textHash(a.text), bytes: Buffer.byteLength(a.text, 'utf8'),
  }));
  const { rows: changed } = await db.query<{ inserted: boolean }>(INSERT, [JSON.stringify(rows)]);
  const added = changed.filter((r) => r.inserted).length;
  return { added, requeued: changed.length - added };
}

// Errors of the data, not of the connection: one article's text PostgreSQL cannot hold (a NUL character, a size).
const isDataError = (error: unknown): boolean => /^(22|23|54)/.test(String((error as { code?: unknown }).code ?? ''));

async function enqueueGroup(db: Db, articles: readonly Article[]): Promise<EnqueueResult> {
  // One statement cannot touch a row twice: a repeated id within the group counts as known, the first copy wins.
  const seen = new Set<string>();
  const unique = articles.filter((a) => !seen.has(a.id) && seen.add(a.id) != null);
  const result: EnqueueResult = { added: 0, requeued: 0, known: articles.length - unique.length, failed: [] };
  if (unique.length === 0) return result;
  try {
    const { added, requeued } = await insert(db, unique);
    return { ...result, added, requeued, known: result.known + unique.length - added - requeued };
  } catch (error) {
    if (!isDataError(error)) throw error;
    if (unique.length === 1) return { ...result, failed: [{ article: unique[0]!, reason: (error as Error).message }] };
    for (const article of unique) {
      const one = await enqueueGroup(db, [article]);
      result.added += one.added;
      result.requeued += one.requeued;
      result.known += one.known;
      result.failed.push(...one.failed);
    }
    return result;
  }
}

/**
 * Put articles on the queue, one statement for the lot: an article whose id is there already adds nothing (if its
 * text changed, it is queued again). When PostgreSQL refuses the group for its data, each article is tried alone,
 * so one bad article fails alone, with the reason. Listening workers are woken when something was added.
 * @throws Error when the database cannot be reached or the statement fails for another reason than the data.
 */
export async function enqueueArticles(db: Db, articles: readonly Article[]): Promise<EnqueueResult> {
  const result = await enqueueGroup(db, articles);
  if (result.added + result.requeued > 0) await db.query('SELECT pg_notify($1, $2)', [QUEUE_CHANNEL, 'enqueued']);
  return result;
}
