import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Source } from './source.js';

/** Reads one input format into articles; one entry of the table in `readers.ts`. */
export interface Reader {
  /** File name endings that select this reader, in lower case with the dot: `.txt`. */
  extensions: string[];
  /** Media types (`text/html`) a server gives for this format, in lower case without parameters. */
  mediaTypes?: string[];
  /** Whether the first bytes look like this format, for inputs whose name says nothing (standard input). */
  sniff?: (head: Uint8Array) => boolean;
  /** Every article of the input, or an error item for each part that gives none; never throws for bad input. */
  read: (source: Source, options: ResolvedOptions) => AsyncGenerator<IngestItem>;
}
