import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { openUrl } from './fetch.js';
import type { Accept } from './fetch.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import { readableMediaType } from './media-type.js';
import type { ResolvedOptions } from './options.js';
import { detectFormat, READ_EXTENSIONS, READ_MEDIA_TYPES, readers } from './readers.js';
import { html } from './html.js';
import { inOrder } from './ordered.js';
import { countedSource, describeError, openFile, openStream } from './source.js';
import type { Opened } from './source.js';
import { walk } from './walk.js';

/** The origin of standard input in articles and errors. */
export const STDIN = 'stdin';

/** Extensions of a list of inputs: one URL or path a line, `#` comments. */
export const LIST_EXTENSIONS = ['.urls', '.list'];

/** Whether an input names a URL to fetch rather than a path. */
export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** What is read from a URL given as an input: anything a reader takes; JSON Lines and gzip are streamed. */
const ANY: Accept = {
  readable: (type) => type == null || readableMediaType(type, READ_MEDIA_TYPES),
  refusal: 'not a web page, feed, text or records annals reads',
  streamed: (type, url) => {
    const format = detectFormat(url, new Uint8Array(), type);
    return format === 'jsonl' || format === 'gzip';
  },
};

/**
 * Web pages read at once from a folder or a list: each page's article is read out of its HTML by `extract`, which
 * a batch runs on its coding workers, so several pages are in hand at a time for the workers to share.
 */
const PAGES_AT_ONCE = 8;

/** Whether a path names a web page file by its extension (an HTML file yields one article, or one failure). */
const isPageFile = (input: string): boolean => !isUrl(input) && input !== '-' && html.extensions.includes(extname(input).toLowerCase());

/** The lines of a list file: URLs or paths (relative to the list), blank lines and `#` comments skipped. */
async function listed(path: string): Promise<string[] | string> {
  try {
    return (await readFile(path, 'utf8')).split(/\r?\n/).map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => (isUrl(line) || line === '-' ? line : resolve(dirname(path), line)));
  } catch (error) {
    return describeError(error);
  }
}

/**
 * Read every input in order: `-` (standard input), a URL, a file, a directory (walked), or a list of inputs
 * (`.urls`, `.list`). Never throws for a bad input: yields an error item naming it, and goes on.
 */
export async function* readAll(inputs: string[], options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let stdinRead = false;

  async function* readOne(input: string, inList: boolean): AsyncGenerator<IngestItem> {
    const origin = input === '-' ? STDIN : input;
    let opened: Opened;
    if (input === '-') {
      if (stdinRead) {
        yield failure(origin, 'was already read; give - once');
        return;
      }
      stdinRead = true;
      opened = await openStream(origin, options.stdin ?? process.stdin);
    } else if (isUrl(input)) {
      opened = await openUrl(input, options.maxBytes, ANY, options.fetch, options.validators);
    } else {
      const stats = await stat(input).catch(() => null);
      if (stats?.isDirectory() === true) {
        const files = await walk(input, READ_EXTENSIONS).catch((error: unknown) => describeError(error));
        if (typeof files === 'string') yield failure(origin, files);
        else if (files.length === 0) yield failure(origin, `has no files annals reads (${[...READ_EXTENSIONS].join(', ')}, .gz)`);
        else yield* readEach(files, inList);
        return;
      }
      if (!inList && LIST_EXTENSIONS.includes(extname(input).toLowerCase())) {
        const lines = await listed(input);
        if (typeof lines === 'string') yield failure(origin, lines);
        else if (lines.length === 0) yield failure(origin, 'lists no inputs');
        else yield* readEach(lines, true);
        return;
      }
      opened = await openFile(input);
    }
    if (!opened.ok) {
      if (opened.unchanged === true) options.onUnchanged?.(origin);
      else yield failure(origin, opened.reason);
      return;
    }
    const source = countedSource(opened.source, options.onRead);
    try {
      yield* readers[detectFormat(input, source.head, source.mediaType)].read(source, options);
    } catch (error) {
      // A read that fails part way (a disk error, a broken pipe, a stalled download) ends this input only.
      yield failure(origin, describeError(error));
    } finally {
      await source.close();
    }
  }

  /** Read inputs in order; a run of web page files is read `PAGES_AT_ONCE` at a time, its articles yielded in order. */
  async function* readEach(inputs: string[], inList: boolean): AsyncGenerator<IngestItem> {
    for (let i = 0; i < inputs.length;) {
      if (!isPageFile(inputs[i]!)) {
        yield* readOne(inputs[i++]!, inList);
        continue;
      }
      let end = i;
      while (end < inputs.length && isPageFile(inputs[end]!)) end++;
      const pages = inputs.slice(i, end);
      i = end;
      for await (const items of inOrder(pages, PAGES_AT_ONCE, (page) => collect(readOne(page, inList)))) yield* items;
    }
  }

  yield* readEach(inputs, false);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The bytes the inputs hold, for a progress estimate: files by size, directories by their readable files, lists
 * by their lines; null when some input has no size known in advance (standard input, a URL).
 */
export async function inputSize(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    const stats = await stat(input).catch(() => null);
    if (stats == null) continue;
    if (stats.isDirectory()) {
      const files = await walk(input, READ_EXTENSIONS).catch(() => []);
      for (const file of files) total += (await stat(file).catch(() => null))?.size ?? 0;
    } else if (LIST_EXTENSIONS.includes(extname(input).toLowerCase())) {
      const lines = await listed(input);
      const size = typeof lines === 'string' ? 0 : await inputSize(lines);
      if (size == null) return null;
      total += size;
    } else {
      total += stats.size;
    }
  }
  return total;
}
