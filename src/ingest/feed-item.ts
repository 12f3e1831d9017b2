import { htmlToText } from './html-text.js';
import { firstDate } from './page-meta.js';

/** A feed item as rss-parser gives it (RSS 2.0, RSS 1.0 and Atom alike), with the fields annals reads. */
export interface FeedItem {
  link?: string;
  guid?: string;
  id?: string;
  title?: string;
  isoDate?: string;
  pubDate?: string;
  content?: string;
  'content:encoded'?: string;
  summary?: string;
  contentSnippet?: string;
  /** RSS `dc:creator`, as rss-parser names it. */
  creator?: string;
  /** RSS `author`, Atom `author` (its name, as rss-parser gives it). */
  author?: string;
}

/** The record of an item, before validation: what `articleFromRecord` reads. */
export interface ItemRecord {
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  text: string;
}

/** An absolute http(s) URL from a link, resolved against the feed's own URL; null for anything else. */
export function itemUrl(link: string | undefined, base: string | null): string | null {
  if (link == null || link.trim() === '') return null;
  try {
    const url = new URL(link.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The record of one item: its link (else a permalink guid) as the url, its full content (`content:encoded`, else
 * `content`, else the summary) as text in paragraphs, its date, and the feed's title as the source. A date that
 * cannot be read is left out rather than losing the item.
 */
export function itemRecord(item: FeedItem, feedTitle: string | null, base: string | null): ItemRecord {
  const body = [item['content:encoded'], item.content, item.summary, item.contentSnippet]
    .find((value) => typeof value === 'string' && value.trim() !== '');
  return {
    url: itemUrl(item.link, base) ?? itemUrl(item.guid ?? item.id, base),
    title: item.title?.trim() || null,
    published: firstDate([item.isoDate, item.pubDate]),
    source: feedTitle,
    byline: [item.creator, item.author].find((name): name is string => typeof name === 'string' && name.trim() !== '')?.trim() ?? null,
    text: body == null ? '' : htmlToText(body),
  };
}
