import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { HEAD_BYTES } from './decode.js';

/** An opened input: its first bytes, already read for sniffing, and a way to read all of it once. */
export interface Source {
  /** The name used in articles and errors: a path or `stdin`. */
  origin: string;
  /** Size in bytes when known before reading (a regular file), else null. */
  size: number | null;
  /** The first bytes: at least 8 KB, or all of the input when it is shorter. */
  head: Buffer;
  /** Every byte from the start, head included; can be called once. */
  chunks(): AsyncGenerator<Buffer>;
  /** Release the input, whether or not it was read to the end. */
  close(): Promise<void>;
  /** The media type a server gave (`text/html`), without parameters; absent for files and standard input. */
  mediaType?: string | null;
  /** The URL the input was fetched from, as given: the base for relative links, and the article's url. */
  url?: string | null;
}

/** An input that could be opened, or why not; `unchanged` when a server said it is as it was when last read. */
export type Opened = { ok: true; source: Source } | { ok: false; reason: string; unchanged?: true };

/** Open a file by path: "not found", "is a directory" and unreadable files are reasons, not exceptions. */
export async function openFile(path: string): Promise<Opened> {
  try {
    const stats = await stat(path);
    // readInputs walks directories before opening files; one named here directly is refused by name.
    if (stats.isDirectory()) return { ok: false, reason: 'is a directory' };
    return await openStream(path, createReadStream(path), stats.isFile() ? stats.size : null);
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
}

/** Open a stream (standard input, a pipe, an opened file) and read its head. */
export async function openStream(
  origin: string, stream: NodeJS.ReadableStream, size: number | null = null,
): Promise<Opened> {
  const iterator = stream[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let length = 0;
  let done = false;
  try {
    while (length < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      const chunk = toBuffer(next.value);
      buffered.push(chunk);
      length += chunk.length;
    }
  } catch (error) {
    await iterator.return?.();
    return { ok: false, reason: describeError(error) };
  }
  let used = false;
  const source: Source = {
    origin,
    size,
    head: Buffer.concat(buffered),
    async *chunks() {
      if (used) throw new Error('the input was already read');
      used = true;
      yield* buffered;
      buffered.length = 0;
      if (done) return;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield toBuffer(next.value);
      }
    },
    async close() {
      await iterator.return?.();
    },
  };
  return { ok: true, source };
}

/** A plain reason for an error met while opening or reading an input. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

function toBuffer(chunk: string | Buffer | Uint8Array): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/** All of an input's bytes, or its size when that is over the limit (then at most `limit` bytes are held). */
export type ReadAll = { ok: true; bytes: Buffer } | { ok: false; size: number };

/** Read a whole input, holding no more than `limit` bytes; an input over the limit is counted, not kept. */
export async function readAll(source: Source, limit: number): Promise<ReadAll> {
  if (source.size != null && source.size > limit) return { ok: false, size: source.size };
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of source.chunks()) {
    size += chunk.length;
    if (size <= limit) kept.push(chunk);
    else kept.length = 0;
  }
  return size > limit ? { ok: false, size } : { ok: true, bytes: Buffer.concat(kept) };
}

/** A source over bytes already in memory (a fetched body), read in one chunk. */
export function bufferSource(origin: string, bytes: Buffer, extra: Pick<Source, 'mediaType' | 'url'> = {}): Source {
  let used = false;
  return {
    origin,
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    async *chunks() {
      if (used) throw new Error('the input was already read');
      used = true;
      yield bytes;
    },
    async close() {},
    ...extra,
  };
}

/** The same source, telling `onRead` the size of every chunk as it is read. */
export function countedSource(source: Source, onRead: ((bytes: number) => void) | undefined): Source {
  if (onRead == null) return source;
  return {
    ...source,
    async *chunks() {
      for await (const chunk of source.chunks()) {
        onRead(chunk.length);
        yield chunk;
      }
    },
  };
}
