/**
 * The outlet an article counts under for NumSources: its `source` in lower case, else its URL's host without
 * `www.`, else the article itself (an article of unknown origin is a source of its own).
 * @example sourceKey({ id: 'a', source: null, url: 'https://www.voanews.com/a/1.html' }) // 'voanews.com'
 */
export function sourceKey(article: { id: string; source: string | null; url: string | null }): string {
  const named = article.source?.trim().toLowerCase();
  if (named) return named;
  if (article.url != null) {
    try {
      const host = new URL(article.url).hostname.toLowerCase().replace(/^www\./, '');
      if (host !== '') return host;
    } catch {
      // Not a URL: fall through to the article itself.
    }
  }
  return `article:${article.id}`;
}
