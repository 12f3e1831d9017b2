import { hasBom, UTF8_BOM } from './decode.js';

/** Index of the first byte that is not white space, after any byte order mark; -1 for a blank head. */
export function firstContentIndex(head: Uint8Array): number {
  for (let i = hasBom(head) ? UTF8_BOM.length : 0; i < head.length; i++) {
    const byte = head[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return i;
  }
  return -1;
}

/** The first byte that is not white space (`{` is 0x7b, `[` is 0x5b); undefined for a blank head. */
export function firstContentByte(head: Uint8Array): number | undefined {
  const i = firstContentIndex(head);
  return i < 0 ? undefined : head[i];
}

/**
 * Whether the first line with content ends an object (`{...}`) or runs past the head: the shape of JSON Lines.
 * A pretty-printed JSON object opens with a line that does not close.
 */
export function firstLineCloses(head: Uint8Array): boolean {
  const start = firstContentIndex(head);
  if (start < 0) return false;
  const end = head.indexOf(0x0a, start);
  if (end < 0) return true;
  return Buffer.from(head.subarray(start, end)).toString('latin1').trim().endsWith('}');
}
