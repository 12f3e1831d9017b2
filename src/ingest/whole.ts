import { decodeUtf8, textProblem, tooLarge } from './decode.js';
import type { ResolvedOptions } from './options.js';
import { readAll } from './source.js';
import type { Source } from './source.js';

/** How a reader decodes the whole input, and what it says when it cannot. */
export interface WholeTextOptions {
  decode?: (bytes: Buffer) => string | null;
  undecodable?: string;
  /** Added to the size error: what the user can do instead ("give the records as JSON Lines"). */
  tooLargeAdvice?: string;
}

/**
 * Read a whole input as text, checked on the way: not binary, within the size limit, decodable. The one
 * prologue of every reader that needs the whole input at once (text, JSON, HTML, feeds).
 */
export async function readWholeText(
  source: Source, options: ResolvedOptions, how: WholeTextOptions = {},
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const problem = textProblem(source.head);
  if (problem != null) return { ok: false, reason: problem };
  const read = await readAll(source, options.maxBytes);
  if (!read.ok) {
    const size = tooLarge(read.size, options.maxBytes);
    return { ok: false, reason: how.tooLargeAdvice ? `${size}, ${how.tooLargeAdvice}` : size };
  }
  const text = (how.decode ?? decodeUtf8)(read.bytes);
  if (text == null) return { ok: false, reason: how.undecodable ?? 'is not valid UTF-8' };
  return { ok: true, text };
}
