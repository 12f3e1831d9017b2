import { createHash } from 'node:crypto';

/**
 * The hash of a text the ingest log keeps: a resumed batch skips an article whose id and text hash are both known,
 * and codes again one whose text changed under the same id. 40 hex digits of SHA-1 over the UTF-8 bytes.
 */
export function textHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
