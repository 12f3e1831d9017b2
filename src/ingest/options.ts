import type { FetchOptions, Validators } from './fetch.js';
import { extractPage, type Page } from './page.js';
import { normalisePublished } from './published.js';

/**
 * Reads a web page's article out of its HTML (`extractPage`). A batch passes one that runs on its coding workers,
 * so pages are read on every core, not on the thread that stores; it may reject, and the page then fails by name.
 */
export type PageExtractor = (html: string, baseUrl: string | null) => Promise<Page>;

/** `extractPage` on this thread. */
export const extractHere: PageExtractor = async (html, baseUrl) => extractPage(html, baseUrl);

/** Options for reading inputs; all optional. */
export interface IngestOptions {
  /** Publication date for records that state none (a record's own date always wins). */
  published?: string;
  /** Largest text accepted per article, in bytes of UTF-8; default 10 MiB. */
  maxBytes?: number;
  /** What `-` reads; default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** Read the page each feed item links to, instead of the item's own text (`--follow`). */
  follow?: boolean;
  /** How URLs are fetched: timeout, retries, redirects, user agent. */
  fetch?: FetchOptions;
  /** Told the size of every chunk of input read, in bytes as stored (compressed for gzip): for progress. */
  onRead?: (bytes: number) => void;
  /**
   * Whether an article id is already known (stored): with `follow`, a feed item whose link gives a known id is
   * skipped without fetching the page, so polling a feed fetches only new pages. May answer later (a store on a server).
   */
  isKnown?: (id: string) => boolean | Promise<boolean>;
  /**
   * ETags and Last-Modified dates of the URLs given as inputs, kept by the caller between polls: a URL the server
   * says has not changed is not read again, and `onUnchanged` is told. Pages a feed links to are not remembered.
   */
  validators?: Validators;
  /** Told of each URL input the server said has not changed since it was last read. */
  onUnchanged?: (origin: string) => void;
  /** How web pages are read; default `extractPage` on this thread. */
  extract?: PageExtractor;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  /** The fallback publication date, already normalised to `YYYY-MM-DD`. */
  published: string | null;
  maxBytes: number;
  stdin: NodeJS.ReadableStream | undefined;
  follow: boolean;
  fetch: FetchOptions;
  onRead: ((bytes: number) => void) | undefined;
  isKnown: ((id: string) => boolean | Promise<boolean>) | undefined;
  validators: Validators | undefined;
  onUnchanged: ((origin: string) => void) | undefined;
  extract: PageExtractor;
}

/** Default limit on the text of one article: 10 MiB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Check options once and fill in defaults.
 * @throws RangeError when `published` is not a date or `maxBytes` is not a positive number:
 *   a bad option is a mistake of the caller, not a bad input, so nothing can go on.
 */
export function resolveOptions(options: IngestOptions = {}): ResolvedOptions {
  let published: string | null = null;
  if (options.published != null) {
    const result = normalisePublished(options.published);
    if (!result.ok) throw new RangeError(`${result.reason} given as the default publication date`);
    published = result.date;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive number of bytes, got ${String(options.maxBytes)}`);
  }
  return {
    published, maxBytes, stdin: options.stdin, follow: options.follow ?? false, fetch: options.fetch ?? {},
    onRead: options.onRead, isKnown: options.isKnown, validators: options.validators, onUnchanged: options.onUnchanged,
    extract: options.extract ?? extractHere,
  };
}
