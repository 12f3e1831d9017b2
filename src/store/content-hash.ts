import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import type { Article } from '../model/index.js';

type Row = readonly unknown[];

function feed(hash: Hash, part: string): void {
  // A length prefix keeps the parts apart: no two different sequences of parts hash the same.
  hash.update(`${part.length}:`).update(part);
}

/**
 * The SHA-256 of what an article is stored as: its text and metadata, and the flat rows its event records and
 * messages become. Equal hashes mean a save would write the same rows, whatever the key order of the records.
 * Where the article was read from (`origin`) is left out: the same article from another file is the same content.
 */
export function contentHash(article: Article, eventRows: readonly Row[], messageRows: readonly Row[]): string {
  const { id, url, title, published, source, byline, text } = article;
  const hash = createHash('sha256');
  feed(hash, text);
  feed(hash, JSON.stringify([id, url, title, published, source, byline ?? null]));
  feed(hash, String(eventRows.length));
  for (const row of eventRows) feed(hash, JSON.stringify(row));
  feed(hash, JSON.stringify(messageRows));
  return hash.digest('hex');
}
