import { readWholeText } from './whole.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import type { Source } from './source.js';
import { firstContentByte, firstLineCloses } from './sniff.js';

/**
 * JSON: one record, or an array of records (origins `path[0]`, `path[1]`, ...). The file is parsed whole, so
 * `maxBytes` bounds the file; large collections belong in JSON Lines.
 */
export const json: Reader = {
  extensions: ['.json'],
  mediaTypes: ['application/json'],
  sniff: sniffJson,
  read: readJson,
};

/** An array, or an object spread over lines (a one-line object is JSON Lines, which reads it the same). */
function sniffJson(head: Uint8Array): boolean {
  const first = firstContentByte(head);
  return first === 0x5b || (first === 0x7b && !firstLineCloses(head));
}

async function* readJson(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const whole = await readWholeText(source, options, { tooLargeAdvice: 'or give the records as JSON Lines (.jsonl), read a line at a time' });
  if (!whole.ok) {
    yield failure(source.origin, whole.reason);
    return;
  }
  const decoded = whole.text;
  if (decoded.trim() === '') {
    yield failure(source.origin, 'has no text');
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded);
  } catch (error) {
    yield failure(source.origin, `invalid JSON: ${(error as Error).message}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield articleFromRecord(value, source.origin, options);
    return;
  }
  if (value.length === 0) yield failure(source.origin, 'has no records: the array is empty');
  for (const [i, record] of value.entries()) {
    yield articleFromRecord(record, `${source.origin}[${i}]`, options);
  }
}
