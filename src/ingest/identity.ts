import { createHash } from 'node:crypto';

/** Query parameters that track a click rather than name a page; dropped before a URL becomes an id. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * Id of a text: `sha1:` and the first 16 hex digits of the SHA-1 of its UTF-8 bytes.
 * @example textId('Protesters marched.') // 'sha1:…' (16 hex digits)
 */
export function textId(text: string): string {
  return `sha1:${sha1(text).slice(0, 16)}`;
}

/**
 * Id of an article known by its URL: `url:` and 16 hex digits of the SHA-1 of the normalised URL;
 * null when the text is not an absolute URL.
 */
export function urlId(url: string): string | null {
  const normalised = normaliseUrl(url);
  return normalised == null ? null : `url:${sha1(normalised).slice(0, 16)}`;
}

/**
 * The form of a URL used for identity, so one article read twice gets one id: scheme `http` read as `https`,
 * host in lower case, no default port, no fragment, no tracking parameters (`utm_*`, `fbclid`, ...), the other
 * parameters sorted, no trailing slash on a path. Returns null when the text is not an absolute URL.
 * @example normaliseUrl('HTTP://Example.com/a/?utm_source=x&b=2&a=1#top') // 'https://example.com/a?a=1&b=2'
 */
export function normaliseUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:') parsed.protocol = 'https:';
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  }
  return parsed.href;
}

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
