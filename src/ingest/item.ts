import type { Article } from '../model/index.js';

/**
 * One result of reading: an article, or why an input (a file, a line, a record) gave none.
 * `reason` does not repeat `origin`; print them as `${origin}: ${reason}`.
 */
export type IngestItem = { ok: true; article: Article } | { ok: false; origin: string; reason: string };

/** An error item for an input. */
export function failure(origin: string, reason: string): IngestItem {
  return { ok: false, origin, reason };
}
