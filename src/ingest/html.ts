import { readWholeText } from './whole.js';
import { decodeUtf8 } from './decode.js';
import { failure } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';
import type { Page } from './page.js';
import type { Reader } from './reader.js';
import { articleFromRecord } from './record.js';
import type { Source } from './source.js';

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** Whether the first bytes open an HTML document. */
export function looksLikeHtml(head: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(head).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
}

/** Decode an HTML page: UTF-8, else the charset its `<meta charset>` declares; null when neither reads it. */
export function decodeHtml(bytes: Buffer): string | null {
  const utf8 = decodeUtf8(bytes);
  if (utf8 != null) return utf8;
  const declared = META_CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  if (declared == null) return null;
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * HTML pages: one article each, its main text read through Readability (paragraphs kept), with title, site name
 * and publication date from the page's metadata. The article's url is the one fetched, else the canonical one.
 */
export const html: Reader = {
  extensions: ['.html', '.htm', '.xhtml'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  sniff: looksLikeHtml,
  read: readHtml,
};

async function* readHtml(source: Source, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const whole = await readWholeText(source, options, { decode: decodeHtml, undecodable: 'is not valid UTF-8 and declares no charset that reads it' });
  if (!whole.ok) {
    yield failure(source.origin, whole.reason);
    return;
  }
  let page: Page;
  try {
    page = await options.extract(whole.text, source.url ?? null);
  } catch (error) {
    yield failure(source.origin, `cannot be read as a web page: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (page.text.trim() === '') {
    yield failure(source.origin, 'has no article text');
    return;
  }
  yield articleFromRecord({
    url: source.url ?? page.url, title: page.title, published: page.published, source: page.siteName, byline: page.byline,
    text: page.text,
  }, source.origin, options);
}
