/** An input record as read from a file, a JSON(L) record or standard input. */
export interface ArticleInput {
  id?: string;
  url?: string;
  title?: string;
  /** Publication date or date-time, ISO 8601 (`2026-01-26` or `2026-01-26T08:00:00Z`). */
  published?: string;
  /** The outlet ("Reuters", "VOA"). */
  source?: string;
  /** Who wrote it, as the page or record names them ("Jane Doe and John Roe"). */
  byline?: string;
  text: string;
}

/** An article ready for coding: identity fixed, publication date validated. */
export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when none is known. */
  published: string | null;
  source: string | null;
  /** Who wrote it, as the page, feed item or record names them; absent or null when none is known. */
  byline?: string | null;
  text: string;
  /** Where it came from, for messages: a file path, `path:line` for JSONL, or `stdin`. */
  origin: string;
}
