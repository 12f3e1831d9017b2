import { normalisePublished } from './published.js';

/** What a page says of itself in its head: meta tags, JSON-LD and `<time>` elements. */
export interface PageMeta {
  /** The canonical URL (`<link rel=canonical>`, else `og:url`), absolute, or null. */
  url: string | null;
  title: string | null;
  byline: string | null;
  /** `YYYY-MM-DD`, from the first source that gives a date annals can read. */
  published: string | null;
  siteName: string | null;
}

/** Meta tags naming the publication date, in the order they are trusted. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'og:pubdate', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.created', 'date', 'parsely-pub-date', 'sailthru.date',
];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every object in JSON-LD, depth first: top level, arrays and `@graph`. */
function* objects(value: Json): Generator<Record<string, Json>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item);
  } else if (value != null && typeof value === 'object') {
    yield value;
    for (const nested of Object.values(value)) if (typeof nested === 'object') yield* objects(nested);
  }
}

const text = (value: Json | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const nameOf = (value: Json | undefined): string | null => {
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value != null && typeof value === 'object' && !Array.isArray(value)) return text(value.name);
  return text(value);
};

function jsonLd(doc: Document): { published: string[]; byline: string | null; siteName: string | null; title: string | null } {
  const found = { published: [] as string[], byline: null as string | null, siteName: null as string | null, title: null as string | null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const object of objects(parsed)) {
      const date = text(object.datePublished);
      if (date != null) found.published.push(date);
      found.byline ??= nameOf(object.author);
      found.siteName ??= nameOf(object.publisher);
      found.title ??= text(object.headline);
    }
  }
  return found;
}

function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (href == null || href.trim() === '') return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The first candidate that reads as a publication date, as `YYYY-MM-DD`. */
export function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (candidate == null) continue;
    const result = normalisePublished(candidate);
    if (result.ok) return result.date;
  }
  return null;
}

/**
 * Read a page's own metadata before its body is simplified: the publication date from JSON-LD `datePublished`,
 * then `article:published_time` and other meta tags, then a `<time pubdate>` or `itemprop=datePublished`, then the
 * first `<time datetime>`; the canonical URL, title, byline and site name.
 */
export function pageMeta(doc: Document, base: string | null): PageMeta {
  const tags = metaTags(doc);
  const ld = jsonLd(doc);
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const marked = times.find((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  // A relative canonical link in a saved page resolves against the page's own og:url.
  const resolveAgainst = base ?? absolute(tags.get('og:url'), null);
  return {
    url: absolute(canonical, resolveAgainst) ?? absolute(tags.get('og:url'), base),
    title: tags.get('og:title') ?? ld.title ?? (doc.querySelector('title')?.textContent?.trim() || null),
    byline: ld.byline ?? tags.get('author') ?? tags.get('article:author') ?? null,
    published: firstDate([...ld.published, ...DATE_META.map((key) => tags.get(key)),
      marked?.getAttribute('datetime'), times[0]?.getAttribute('datetime')]),
    siteName: tags.get('og:site_name') ?? ld.siteName ?? tags.get('application-name') ?? null,
  };
}
