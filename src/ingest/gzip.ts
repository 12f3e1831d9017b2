import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { openStream } from './source.js';
import type { Source } from './source.js';

/** Picks the reader of what a gzip file holds, from its name without `.gz` and its first decompressed bytes. */
export type InnerReader = (name: string, head: Uint8Array) => Reader;

const isZlibError = (error: unknown): boolean => typeof (error as { errno?: unknown }).errno === 'number'
  && String((error as { code?: unknown }).code).startsWith('Z_');

/**
 * Gzip files (`news.jsonl.gz`): decompressed as they are read, so a compressed JSON Lines file streams like a
 * plain one; what is inside is read by the reader its name (without `.gz`) or its first bytes choose.
 * A corrupt or truncated file is an error item once its bad part is reached.
 */
export function gzip(inner: InnerReader): Reader {
  return {
    extensions: ['.gz'],
    mediaTypes: ['application/gzip', 'application/x-gzip'],
    sniff: (head) => head[0] === 0x1f && head[1] === 0x8b,
    read: (source, options) => readGzip(source, options, inner),
  };
}

async function* readGzip(source: Source, options: ResolvedOptions, inner: InnerReader): AsyncGenerator<IngestItem> {
  const gunzip = createGunzip();
  const compressed = Readable.from(source.chunks());
  compressed.on('error', (error) => gunzip.destroy(error));
  compressed.pipe(gunzip);
  const opened = await openStream(source.origin, gunzip);
  if (!opened.ok) {
    yield failure(source.origin, `is not valid gzip: ${opened.reason.replace(/^cannot be read: /, '')}`);
    return;
  }
  const name = (source.url ?? source.origin).replace(/\.gz$/i, '');
  try {
    yield* inner(name, opened.source.head).read({ ...opened.source, mediaType: null }, options);
  } catch (error) {
    if (!isZlibError(error)) throw error;
    yield failure(source.origin, `is not valid gzip: ${(error as Error).message}`);
  } finally {
    gunzip.destroy();
    compressed.destroy();
  }
}
