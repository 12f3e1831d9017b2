import { decodeUtf8, textProblem, tooLarge } from './decode.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import { readAll } from './source.js';
import type { Source } from './source.js';
import { titleFromText } from './title.js';

/** Plain text: the whole input is one article, kept byte for byte apart from a leading BOM. */
export const text: Reader = {
  extensions: ['.txt', '.text'],
  read: readText,
};

async function* readText(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const problem = textProblem(source.head);
  if (problem != null) {
    yield failure(source.origin, problem);
    return;
  }
  const read = await readAll(source, options.maxBytes);
  if (!read.ok) {
    yield failure(source.origin, tooLarge(read.size, options.maxBytes));
    return;
  }
  const decoded = decodeUtf8(read.bytes);
  if (decoded == null) {
    yield failure(source.origin, 'is not valid UTF-8');
    return;
  }
  yield articleFromRecord({ text: decoded, title: titleFromText(decoded) }, source.origin, options);
}
