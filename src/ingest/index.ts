import { readAll } from './inputs.js';
import type { IngestItem } from './item.js';
import { resolveOptions } from './options.js';
import type { IngestOptions } from './options.js';

export type { IngestItem } from './item.js';
export type { IngestOptions, PageExtractor } from './options.js';
export { extractHere } from './options.js';
export { DEFAULT_MAX_BYTES } from './options.js';
export type { Reader } from './reader.js';
export type { Source } from './source.js';
export type { Format } from './readers.js';
export { detectFormat, readers } from './readers.js';
export { toArticle } from './record.js';
export { normalisePublished } from './published.js';
export type { PublishedResult } from './published.js';
export { normaliseUrl, textId, urlId } from './identity.js';
export { openUrl, USER_AGENT } from './fetch.js';
export type { Accept, FetchOptions, Validator, Validators } from './fetch.js';
export { extractPage } from './page.js';
export type { Page } from './page.js';
export { htmlToText } from './html-text.js';
export { inputSize, isUrl, LIST_EXTENSIONS } from './inputs.js';

/**
 * Read every input in order: `-` is standard input (`options.stdin`, else `process.stdin`), an `http(s)://` input
 * is fetched, a directory is walked for files annals reads, a `.urls` or `.list` file lists inputs one a line.
 * Never throws for a bad input: yields an error item naming it, and goes on.
 * @example for await (const item of readInputs(['a.txt', 'news/', 'https://example.org/feed.xml'])) if (item.ok) use(item.article);
 * @throws RangeError on the first step when the options are bad (see `resolveOptions`).
 */
export async function* readInputs(inputs: string[], options?: IngestOptions): AsyncGenerator<IngestItem> {
  yield* readAll(inputs, resolveOptions(options));
}
