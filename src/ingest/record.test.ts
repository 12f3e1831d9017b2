import { describe, expect, it } from 'vitest';
import { normaliseUrl, textId, toArticle } from './index.js';
import type { IngestItem } from './index.js';

function reason(item: IngestItem): string {
  if (item.ok) throw new Error('expected an error item');
  return item.reason;
}

describe('toArticle', () => {
  it('builds an article from a full record', () => {
    const record = {
      id: 'r1', url: 'https://example.org/a', title: ' Talks ', published: '2026-01-26', source: 'Wire',
      byline: ' Jane  Doe ', text: '  Talks resumed.  ',
    };
    expect(toArticle(record, 'r.json')).toEqual({
      ok: true,
      article: {
        id: 'r1', url: 'https://example.org/a', title: 'Talks', published: '2026-01-26', source: 'Wire',
        byline: 'Jane Doe', text: '  Talks resumed.  ', origin: 'r.json',
      },
    });
  });

  it('takes the byline from byline, else author or authors (a list of names), and refuses other shapes', () => {
    const byline = (record: object): unknown => {
      const item = toArticle({ text: 'Talks resumed.', ...record }, 'r.json');
      return item.ok ? item.article.byline : item.reason;
    };
    expect(byline({})).toBeNull();
    expect(byline({ author: 'Jane Doe' })).toBe('Jane Doe');
    expect(byline({ authors: ['Jane Doe', ' ', 'John Roe'] })).toBe('Jane Doe, John Roe');
    expect(byline({ byline: 'By the desk', author: 'Jane Doe' })).toBe('By the desk');
    expect(byline({ author: { name: 'Jane Doe' } })).toBe("'author' must be a string or a list of strings, got an object");
  });

  it('takes the id from the record, else the normalised url, else the text', () => {
    const byId = toArticle({ id: 7, url: 'https://example.org/a', text: 'x' }, 'o');
    const byUrl = toArticle({ url: 'http://EXAMPLE.org/a/?utm_medium=rss#top', text: 'x' }, 'o');
    const bySameUrl = toArticle({ url: 'https://example.org/a', text: 'y' }, 'o');
    const byText = toArticle({ text: 'x' }, 'o');
    expect(byId.ok && byId.article.id).toBe('7');
    expect(byUrl.ok && byUrl.article.id).toMatch(/^url:[0-9a-f]{16}$/);
    expect(byUrl.ok && byUrl.article.id).toBe(bySameUrl.ok && bySameUrl.article.id);
    expect(byUrl.ok && byUrl.article.url).toBe('http://EXAMPLE.org/a/?utm_medium=rss#top');
    expect(byText.ok && byText.article.id).toBe(textId('x'));
    expect(normaliseUrl('http://EXAMPLE.org/a/?utm_medium=rss&b=2&a=1#top')).toBe('https://example.org/a?a=1&b=2');
  });

  it('reads body and content as text, the first one with text winning', () => {
    const item = toArticle({ text: ' ', body: 'from body', content: 'from content' }, 'o');
    expect(item.ok && item.article.text).toBe('from body');
  });

  it('reads date, publishedAt and pubDate as published, the first one present winning', () => {
    const item = toArticle({ text: 'x', date: '2026-01-25', pubDate: '2026-01-24' }, 'o');
    expect(item.ok && item.article.published).toBe('2026-01-25');
  });

  it('lets the record date win over the default, which fills in a missing one', () => {
    const stated = toArticle({ text: 'x', published: '2026-01-25' }, 'o', { published: '2026-01-26' });
    const missing = toArticle({ text: 'x' }, 'o', { published: '2026-01-26T08:00:00Z' });
    const none = toArticle({ text: 'x' }, 'o');
    expect(stated.ok && stated.article.published).toBe('2026-01-25');
    expect(missing.ok && missing.article.published).toBe('2026-01-26');
    expect(none.ok && none.article.published).toBeNull();
  });

  const bad: [string, unknown, string][] = [
    ['a number', 42, 'record is not an object (got a number)'],
    ['an array', [{ text: 'x' }], 'record is not an object (got an array)'],
    ['null', null, 'record is not an object (got null)'],
    ['no text field', { title: 'x' }, "has no text: no 'text', 'body' or 'content' field"],
    ['blank text', { text: ' \n ' }, 'has no text'],
    ['text not a string', { text: 5 }, "'text' must be a string, got a number"],
    ['title not a string', { text: 'x', title: ['a'] }, "'title' must be a string, got an array"],
    ['an invalid date', { text: 'x', published: 'yesterday' }, "invalid published date 'yesterday'"],
    ['an impossible date', { text: 'x', date: '2026-13-45' }, "invalid published date '2026-13-45'"],
    ['a date not a string', { text: 'x', date: 1769414400 }, "'date' must be a string, got a number"],
    ['a relative url', { text: 'x', url: '/news/1' }, "invalid url '/news/1': not an absolute URL"],
  ];
  it.each(bad)('refuses %s', (_name, record, expected) => {
    expect(reason(toArticle(record, 'o'))).toBe(expected);
  });

  it('refuses a text over maxBytes, counted in UTF-8 bytes', () => {
    expect(reason(toArticle({ text: 'é'.repeat(600) }, 'o', { maxBytes: 1000 })))
      .toBe('text is 1.2 KB, over the 1000 bytes limit; raise it with --max-bytes');
  });

  it('throws for a bad default date, a mistake of the caller', () => {
    expect(() => toArticle({ text: 'x' }, 'o', { published: 'not a date' }))
      .toThrow("invalid published date 'not a date' given as the default publication date");
  });
});
