import { decodeHtml } from './html.js';
import type { ItemRecord } from './feed-item.js';
import { openUrl } from './fetch.js';
import type { Accept } from './fetch.js';
import { urlId } from './identity.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import { untypedMediaType } from './media-type.js';
import type { ResolvedOptions } from './options.js';
import { articleFromRecord } from './record.js';
import { readAll } from './source.js';

/** A linked page must be HTML, or untyped (and then it is read as HTML). */
const PAGE: Accept = {
  readable: (type) => untypedMediaType(type) || type === 'text/html' || type === 'application/xhtml+xml',
  refusal: 'not a web page',
  streamed: () => false,
};

/**
 * The article an item links to: the page fetched and read as HTML, its text, title, site and date taking the place
 * of the item's (the item's fill in what the page lacks). The url stays the item's link, so the article keeps one
 * id however the link redirects. Null when `isKnown` says the article is stored: its page is not fetched again.
 */
export async function followItem(record: ItemRecord, origin: string, options: ResolvedOptions): Promise<IngestItem | null> {
  if (record.url == null) return articleFromRecord(record, origin, options);
  const id = urlId(record.url);
  if (id != null && (await options.isKnown?.(id)) === true) return null;
  try {
    return await readPage(record as ItemRecord & { url: string }, origin, options);
  } catch (error) {
    return failure(origin, `${record.url}: cannot be read: ${(error as Error).message}`);
  }
}

async function readPage(record: ItemRecord & { url: string }, origin: string, options: ResolvedOptions): Promise<IngestItem> {
  const opened = await openUrl(record.url, options.maxBytes, PAGE, options.fetch);
  if (!opened.ok) return failure(origin, `${record.url}: ${opened.reason}`);
  const read = await readAll(opened.source, options.maxBytes);
  await opened.source.close();
  const decoded = read.ok ? decodeHtml(read.bytes) : null;
  if (decoded == null) return failure(origin, `${record.url}: is not valid UTF-8 and declares no charset that reads it`);
  // A page its extractor rejects fails through followItem's catch, named by its link.
  const page = await options.extract(decoded, record.url);
  if (page.text.trim() === '') return failure(origin, `${record.url}: the page has no article text`);
  return articleFromRecord({
    url: record.url, title: page.title ?? record.title, published: page.published ?? record.published,
    source: page.siteName ?? record.source, byline: page.byline ?? record.byline, text: page.text,
  }, origin, options);
}
