import { readWholeText } from './whole.js';
import Parser from 'rss-parser';
import { followItem } from './feed-follow.js';
import { itemRecord } from './feed-item.js';
import type { FeedItem } from './feed-item.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import { inOrder } from './ordered.js';
import type { ResolvedOptions } from './options.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import type { Source } from './source.js';

const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*(?:<!doctype[^>]*>\s*)?<(?:rss|feed|rdf:rdf)[\s>]/i;

/** Pages fetched at once when following a feed's links. */
const FOLLOW_CONCURRENCY = 4;

/** Whether the first bytes open an RSS or Atom document. */
export function looksLikeFeed(head: Uint8Array): boolean {
  return FEED_START.test(Buffer.from(head).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
}

/**
 * RSS and Atom feeds: one article per item (origin `feed.xml[0]`, ...), its text from the item's content; with
 * `follow`, from the page it links to, fetched (four at a time, in order) unless `isKnown` says the article is
 * stored. An item without text, or whose page cannot be read, is an error item naming its link.
 */
export const feed: Reader = {
  extensions: ['.rss', '.atom', '.xml'],
  mediaTypes: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'],
  sniff: looksLikeFeed,
  read: readFeed,
};

async function* readFeed(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const whole = await readWholeText(source, options);
  if (!whole.ok) {
    yield failure(source.origin, whole.reason);
    return;
  }
  const decoded = whole.text;
  let parsed: { title?: string; link?: string; items: FeedItem[] };
  try {
    parsed = await new Parser().parseString(decoded);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    yield failure(source.origin, `is not a valid RSS or Atom feed: ${reason}`);
    return;
  }
  const base = source.url ?? parsed.link ?? null;
  const title = parsed.title?.trim() || null;
  const records = parsed.items.map((item) => itemRecord(item, title, base));
  const origin = (i: number): string => `${source.origin}[${i}]`;
  if (!options.follow) {
    for (const [i, record] of records.entries()) yield articleFromRecord(record, origin(i), options);
    return;
  }
  yield* inOrder(records.entries(), FOLLOW_CONCURRENCY, ([i, record]) => followItem(record, origin(i), options));
}
