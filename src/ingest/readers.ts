import { extname } from 'node:path';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import type { Reader } from './reader.js';
import { text } from './text.js';

/**
 * The readers, keyed by format. A new format (html, feeds, gzip) is one entry here and one file beside it;
 * `detectFormat` picks it up by its extensions and its `sniff`.
 */
export const readers = { text, json, jsonl } satisfies Record<string, Reader>;

/** An input format that has a reader: `text`, `json`, `jsonl`. */
export type Format = keyof typeof readers;

/** The format used when neither the name nor the first bytes say otherwise. */
const FALLBACK: Format = 'text';

/**
 * The format of an input: by the extension of its path, else by sniffing its first bytes (the first non-space
 * byte `[`, or `{` opening a multi-line object: JSON; `{` closing on its first line: JSON Lines), else plain text.
 * @example detectFormat('-', Buffer.from('{"text":"a"}\n')) // 'jsonl'
 */
export function detectFormat(path: string, firstBytes: Uint8Array): Format {
  const formats = Object.keys(readers) as Format[];
  const extension = extname(path).toLowerCase();
  const named = formats.find((format) => readers[format].extensions.includes(extension));
  if (named != null) return named;
  const sniffed = formats.find((format) => readers[format].sniff?.(firstBytes) === true);
  return sniffed ?? FALLBACK;
}
