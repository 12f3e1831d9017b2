import { extname } from 'node:path';
import { feed } from './feed.js';
import { gzip } from './gzip.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import type { Reader } from './reader.js';
import { text } from './text.js';

/** An input format that has a reader. */
export type Format = 'text' | 'json' | 'jsonl' | 'html' | 'feed' | 'gzip';

/**
 * The readers, keyed by format. A new format is one entry here and one file beside it; `detectFormat` picks it up
 * by its media types, extensions and `sniff`. Gzip reads what it holds with the reader chosen the same way.
 */
export const readers: Record<Format, Reader> = {
  text, json, jsonl, html, feed,
  gzip: gzip((name, head): Reader => readers[detectFormat(name, head)]),
};

/** The format used when neither the name nor the first bytes say otherwise. */
const FALLBACK: Format = 'text';

const FORMATS = Object.keys(readers) as Format[];

/** Every file extension some reader takes, `.gz` aside: what a directory walk picks up. */
export const READ_EXTENSIONS: ReadonlySet<string> = new Set(
  FORMATS.filter((format) => format !== 'gzip').flatMap((format) => readers[format].extensions),
);

/** Every media type some reader names. */
export const READ_MEDIA_TYPES: ReadonlySet<string> = new Set(FORMATS.flatMap((format) => readers[format].mediaTypes ?? []));

function byMediaType(mediaType: string | null | undefined, head: Uint8Array): Format | undefined {
  if (mediaType == null) return undefined;
  const named = FORMATS.find((format) => readers[format].mediaTypes?.includes(mediaType) === true);
  // Servers mislabel feeds as pages and pages as feeds; the first bytes settle it.
  if (named === 'html' && feed.sniff?.(head) === true) return 'feed';
  if (named === 'feed' && html.sniff?.(head) === true) return 'html';
  if (named === 'json' && jsonl.sniff?.(head) === true) return 'jsonl';
  return named;
}

/**
 * The format of an input: by the media type a server gave (a page that opens like a feed is a feed, and the other
 * way round), else by the extension of its path, else by sniffing its first bytes (gzip's magic number; `<rss` or
 * `<feed`; an HTML opening; the first non-space byte `[`, or `{` opening a multi-line object: JSON; `{` closing on
 * its first line: JSON Lines), else plain text.
 * @example detectFormat('-', Buffer.from('{"text":"a"}\n')) // 'jsonl'
 */
export function detectFormat(path: string, firstBytes: Uint8Array, mediaType?: string | null): Format {
  const typed = byMediaType(mediaType, firstBytes);
  if (typed != null) return typed;
  const extension = extname(path.replace(/[?#].*$/, '')).toLowerCase();
  const named = FORMATS.find((format) => readers[format].extensions.includes(extension));
  if (named != null) return named;
  const sniffed = FORMATS.find((format) => readers[format].sniff?.(firstBytes) === true);
  return sniffed ?? FALLBACK;
}
