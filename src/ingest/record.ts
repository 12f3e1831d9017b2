import type { Article } from '../model/index.js';
import { tooLarge } from './decode.js';
import { textId, urlId } from './identity.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import { resolveOptions } from './options.js';
import type { IngestOptions, ResolvedOptions } from './options.js';
import { normalisePublished } from './published.js';

/** Fields read as the text, first one with text wins. */
export const TEXT_FIELDS = ['text', 'body', 'content'] as const;
/** Fields read as the byline, first one present wins: a string, or a list of names (joined with commas). */
export const BYLINE_FIELDS = ['byline', 'author', 'authors'] as const;
/** Fields read as the publication date, first one present wins. */
export const PUBLISHED_FIELDS = ['published', 'date', 'publishedAt', 'pubDate'] as const;

/** Thrown inside this file for a record that cannot be an article; becomes an error item. */
class RecordError extends Error {}

/**
 * Validate one record (a parsed JSON object) into an article.
 * Fields: `id`, `url`, `title`, `published`, `source`, `byline`, `text`; `body` or `content` stand for `text`,
 * `date`, `publishedAt` or `pubDate` for `published`, and `author` or `authors` (a string or a list) for `byline`. Other fields are ignored. The id is the record's `id`, else one
 * derived from the normalised `url`, else from the text. A record's own date wins over `options.published`.
 * @example toArticle({ text: 'Troops withdrew.', date: '2026-01-26' }, 'notes.json') // { ok: true, article }
 * @throws RangeError only for bad options (see `resolveOptions`), never for a bad record.
 */
export function toArticle(input: unknown, origin: string, options?: IngestOptions): IngestItem {
  return articleFromRecord(input, origin, resolveOptions(options));
}

/** `toArticle` with options already resolved, for readers that validate many records. */
export function articleFromRecord(input: unknown, origin: string, options: ResolvedOptions): IngestItem {
  try {
    return { ok: true, article: buildArticle(input, origin, options) };
  } catch (error) {
    if (error instanceof RecordError) return failure(origin, error.message);
    throw error;
  }
}

function buildArticle(input: unknown, origin: string, options: ResolvedOptions): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new RecordError(`record is not an object (got ${kind(input)})`);
  }
  const record = input as Record<string, unknown>;
  const text = textOf(record);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > options.maxBytes) throw new RecordError(tooLarge(size, options.maxBytes, 'text is'));
  const url = stringField(record, 'url');
  if (url != null && urlId(url) == null) throw new RecordError(`invalid url '${url}': not an absolute URL`);
  return {
    id: stringField(record, 'id', true) ?? (url == null ? null : urlId(url)) ?? textId(text),
    url,
    title: stringField(record, 'title'),
    published: publishedOf(record) ?? options.published,
    source: stringField(record, 'source'),
    byline: bylineOf(record),
    text,
    origin,
  };
}

/** The byline from the first byline field present: a string, or a list of name strings. */
function bylineOf(record: Record<string, unknown>): string | null {
  for (const field of BYLINE_FIELDS) {
    const value = record[field];
    if (value == null) continue;
    if (Array.isArray(value) && value.every((name) => typeof name === 'string')) {
      const names = (value as string[]).map((name) => name.trim()).filter((name) => name !== '');
      return names.length === 0 ? null : names.join(', ');
    }
    if (typeof value !== 'string') throw new RecordError(`'${field}' must be a string or a list of strings, got ${kind(value)}`);
    return value.trim() === '' ? null : value.trim().replace(/\s+/g, ' ');
  }
  return null;
}

/** The text, exactly as given (not trimmed), from the first text field that has some. */
function textOf(record: Record<string, unknown>): string {
  let present = false;
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (value == null) continue;
    if (typeof value !== 'string') throw new RecordError(`'${field}' must be a string, got ${kind(value)}`);
    present = true;
    if (value.trim() !== '') return value;
  }
  throw new RecordError(present ? 'has no text' : "has no text: no 'text', 'body' or 'content' field");
}

function publishedOf(record: Record<string, unknown>): string | null {
  for (const field of PUBLISHED_FIELDS) {
    const value = stringField(record, field);
    if (value == null) continue;
    const result = normalisePublished(value);
    if (!result.ok) throw new RecordError(result.reason);
    return result.date;
  }
  return null;
}

/** A trimmed string field, null when absent or blank; numbers are accepted where `numbers` says so (ids). */
function stringField(record: Record<string, unknown>, field: string, numbers = false): string | null {
  const value = record[field];
  if (value == null) return null;
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new RecordError(`'${field}' must be a string, got ${kind(value)}`);
  return value.trim() === '' ? null : value.trim();
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
