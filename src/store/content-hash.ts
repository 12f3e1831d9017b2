import { createHash } from 'node:crypto';
import type { Article } from '../model/index.js';

type Row = readonly unknown[];

/** A part with its length before it: no two different sequences of parts read the same. */
const part = (text: string): string => `${text.length}:${text}`;

/**
 * The SHA-256 of what an article is stored as: its text and metadata, and the flat rows its event records and
 * messages become. Equal hashes mean a save would write the same rows, whatever the key order of the records.
 * Where the article was read from (`origin`) is left out: the same article from another file is the same content.
 * The parts are joined and hashed in one call: a call per part cost more than the hashing.
 */
export function contentHash(article: Article, eventRows: readonly Row[], messageRows: readonly Row[]): string {
  const { id, url, title, published, source, byline, text } = article;
  const parts = [part(text), part(JSON.stringify([id, url, title, published, source, byline ?? null])), part(String(eventRows.length))];
  for (const row of eventRows) parts.push(part(JSON.stringify(row)));
  parts.push(part(JSON.stringify(messageRows)));
  return createHash('sha256').update(parts.join('')).digest('hex');
}
