import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { decodeUtf8, textProblem } from './decode.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import type { Source } from './source.js';
import { firstContentByte, firstLineCloses } from './sniff.js';

/**
 * JSON Lines: one record per line, streamed, so memory holds one line at a time whatever the file's size.
 * Blank lines are skipped; a bad line is an error item at `path:line` and reading goes on.
 */
export const jsonl: Reader = {
  extensions: ['.jsonl', '.ndjson'],
  mediaTypes: ['application/x-ndjson', 'application/jsonl', 'application/jsonlines', 'application/x-jsonlines'],
  sniff: (head) => firstContentByte(head) === 0x7b && firstLineCloses(head),
  read: readJsonl,
};

async function* readJsonl(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const problem = textProblem(source.head);
  if (problem != null) {
    yield failure(source.origin, problem);
    return;
  }
  // Lines are split as latin1, one character per byte, so each line's bytes can be checked as UTF-8 on their own
  // (a multi-byte character never contains a line break byte) and a bad line does not spoil the rest.
  const lines = createInterface({ input: Readable.from(asLatin1(source.chunks())), crlfDelay: Infinity });
  let number = 0;
  let records = 0;
  for await (const line of lines) {
    number++;
    if (/^[ \t\r]*$/.test(line)) continue;
    records++;
    const origin = `${source.origin}:${number}`;
    const decoded = decodeUtf8(Buffer.from(line, 'latin1'));
    if (decoded == null) {
      yield failure(origin, 'is not valid UTF-8');
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded);
    } catch (error) {
      yield failure(origin, `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    yield articleFromRecord(value, origin, options);
  }
  if (records === 0) yield failure(source.origin, 'has no text');
}

async function* asLatin1(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  for await (const chunk of chunks) yield chunk.toString('latin1');
}
