import type { Coder } from '../coder/index.js';
import type { Article } from '../model/index.js';
import type { CodeFailure, Coded } from './protocol.js';

/** Code one article into what crosses back to the main thread; a throw becomes a failure with its message. */
export function codeOne(coder: Coder, article: Article): Coded | CodeFailure {
  try {
    const { doc, records } = coder.code(article);
    return { ok: true, records, messages: doc.messages, sentences: doc.sentences.length };
  } catch (error) {
    return { ok: false, reason: `could not be coded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
