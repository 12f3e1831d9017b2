import { readWholeText } from './whole.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import type { Source } from './source.js';
import { titleFromText } from './title.js';

/** Plain text: the whole input is one article, kept byte for byte apart from a leading BOM. */
export const text: Reader = {
  extensions: ['.txt', '.text'],
  read: readText,
};

async function* readText(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const whole = await readWholeText(source, options);
  if (!whole.ok) {
    yield failure(source.origin, whole.reason);
    return;
  }
  const decoded = whole.text;
  yield articleFromRecord({ text: decoded, title: titleFromText(decoded) }, source.origin, options);
}
