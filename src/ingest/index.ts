import { failure } from './item.js';
import type { IngestItem } from './item.js';
import { resolveOptions } from './options.js';
import type { IngestOptions } from './options.js';
import { detectFormat, readers } from './readers.js';
import { describeError, openFile, openStream } from './source.js';
import type { Opened } from './source.js';

export type { IngestItem } from './item.js';
export type { IngestOptions } from './options.js';
export { DEFAULT_MAX_BYTES } from './options.js';
export type { Reader } from './reader.js';
export type { Source } from './source.js';
export type { Format } from './readers.js';
export { detectFormat, readers } from './readers.js';
export { toArticle } from './record.js';
export { normalisePublished } from './published.js';
export type { PublishedResult } from './published.js';
export { normaliseUrl, textId } from './identity.js';

/** The origin of standard input in articles and errors. */
const STDIN = 'stdin';

/**
 * Read every input in order; `-` is standard input (`options.stdin`, else `process.stdin`).
 * Never throws for a bad input: yields an error item naming it, and goes on.
 * @example for await (const item of readInputs(['a.txt', 'b.jsonl'])) if (item.ok) use(item.article);
 * @throws RangeError on the first step when the options are bad (see `resolveOptions`).
 */
export async function* readInputs(inputs: string[], options?: IngestOptions): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options);
  let stdinRead = false;
  for (const input of inputs) {
    const origin = input === '-' ? STDIN : input;
    let opened: Opened;
    if (input === '-') {
      if (stdinRead) {
        yield failure(origin, 'was already read; give - once');
        continue;
      }
      stdinRead = true;
      opened = await openStream(origin, resolved.stdin ?? process.stdin);
    } else {
      opened = await openFile(input);
    }
    if (!opened.ok) {
      yield failure(origin, opened.reason);
      continue;
    }
    const { source } = opened;
    try {
      yield* readers[detectFormat(input, source.head)].read(source, resolved);
    } catch (error) {
      // A read that fails part way (a disk error, a broken pipe) ends this input only.
      yield failure(origin, describeError(error));
    } finally {
      await source.close();
    }
  }
}
