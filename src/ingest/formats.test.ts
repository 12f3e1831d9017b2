import { article, collect } from './ingest.test-helpers.js';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage, htmlToText, inputSize, urlId } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'annals-formats-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});



describe('HTML pages', () => {
  it('reads the main text as paragraphs, without navigation, scripts or footer', async () => {
    const [item] = await collect([fixture('page.html')]);
    const { text } = article(item);
    expect(text).toMatch(/^(Rotterdam dock workers strike over automation\n\n)?(By A\. Correspondent\n\n)?ROTTERDAM, March 3 - Dock workers/);
    expect(text).toContain('on the quays.\n\nContainers stacked on a quay.\n\nUnion leaders said');
    expect(text).toContain('resume by Wednesday.\nShipping lines began diverting vessels to Antwerp.');
    expect(text).not.toMatch(/Home|Most read|Copyright|tracker|font-family/);
  });

  it('takes title, site, canonical url and the JSON-LD publication date from the head', async () => {
    const [item] = await collect([fixture('page.html')]);
    expect(article(item)).toMatchObject({
      title: 'Rotterdam dock workers strike over automation', source: 'Example Wire', published: '2026-03-03',
      url: 'https://wire.example.org/news/rotterdam-strike',
    });
    expect(article(item).id).toBe(urlId('https://wire.example.org/news/rotterdam-strike'));
  });

  const dated: [string, string, string][] = [
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-26T08:00:00Z"}]}</script>', '2026-01-26'],
    ['article:published_time', '<meta property="article:published_time" content="2026-01-25T23:30:00-05:00">', '2026-01-26'],
    ['og:published_time', '<meta property="og:published_time" content="2026-01-24">', '2026-01-24'],
    ['a dc.date meta tag, in any case', '<meta name="DC.date" content="2026-01-23">', '2026-01-23'],
    ['an unreadable tag, then a readable one', '<meta name="date" content="yesterday"><meta name="pubdate" content="2026-01-22">', '2026-01-22'],
  ];
  it.each(dated)('dates a page by %s', (_name, head, date) => {
    const page = extractPage(`<html><head>${head}</head><body><p>${'Troops withdrew from the town. '.repeat(20)}</p></body></html>`, null);
    expect(page.published).toBe(date);
  });

  it('dates a page by its <time> element when the head says nothing', async () => {
    const [item] = await collect([fixture('page-time.html')]);
    expect(article(item)).toMatchObject({ published: '2026-03-03', title: 'Aid reaches besieged town', url: null });
    expect(article(item).text).toMatch(/GENEVA, March 3 - A United Nations convoy/);
  });

  it('reads a byline into the article', async () => {
    expect(extractPage(readFileSync(fixture('page.html'), 'utf8'), null).byline).toMatch(/Correspondent|staff/);
    expect(article((await collect([fixture('page.html')]))[0]).byline).toMatch(/Correspondent|staff/);
  });

  it('refuses a page without text', async () => {
    const path = join(temp, 'empty.html');
    await writeFile(path, '<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>');
    expect((await collect([path]))[0]).toEqual({ ok: false, origin: path, reason: 'has no article text' });
  });

  it('decodes a page in the charset it declares', async () => {
    const path = join(temp, 'latin1.html');
    await writeFile(path, Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf'), Buffer.from([0xe9]),
      Buffer.from(' owners in the capital protested against the new tax on Monday, the union said.</p></body></html>'),
    ]));
    expect(article((await collect([path]))[0]).text).toMatch(/^Café owners/);
  });

  it('turns feed HTML into paragraphs, and leaves plain text as it is', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p><p>Three<br/>four</p>')).toBe('One & two\n\nThree\nfour');
    expect(htmlToText('  Plain words.  ')).toBe('Plain words.');
  });
});

describe('feeds', () => {
  it('reads one article per RSS item: full content as paragraphs, link resolved, feed title as source', async () => {
    const path = fixture('feed.rss');
    const items = await collect([path]);
    expect(items).toHaveLength(3);
    expect(article(items[0])).toMatchObject({
      url: 'https://wire.example.org/news/rotterdam-strike?utm_source=rss', title: 'Rotterdam dock workers strike over automation',
      published: '2026-03-03', source: 'Example Wire: World', byline: 'Maria Jansen', origin: `${path}[0]`,
      text: 'ROTTERDAM, March 3 - Dock workers at the port of Rotterdam walked off the job on Monday in a dispute over automation.\n\nThe strike left dozens of ships waiting at anchor in the North Sea.',
    });
    // Tracking parameters do not change identity: the item and the page are one article.
    expect(article(items[0]).id).toBe(urlId('https://wire.example.org/news/rotterdam-strike'));
    expect(article(items[1]).text).toBe('A United Nations convoy reached a besieged town on Monday, the World Food Programme said.');
    expect(article(items[1]).byline).toBeNull();
    expect(items[2]).toEqual({ ok: false, origin: `${path}[2]`, reason: 'has no text' });
  });

  it('reads Atom entries', async () => {
    const [item] = await collect([fixture('feed.atom')]);
    expect(article(item)).toMatchObject({
      url: 'https://monitor.example.net/2026/03/border-talks', published: '2026-03-03', source: 'Example Monitor', byline: 'Lena Weiss',
      text: 'The foreign ministers of the two countries agreed on Tuesday to resume talks on their disputed border.\n\nThe talks will open in Vienna next month.',
    });
  });

  it('names a malformed feed with the parser\'s reason', async () => {
    const path = fixture('broken.rss');
    const [item] = await collect([path]);
    expect(item).toMatchObject({ ok: false, origin: path, reason: expect.stringMatching(/^is not a valid RSS or Atom feed: /) });
  });
});

describe('gzip, directories and lists', () => {
  it('reads gzip files by what they hold, streaming JSON Lines', async () => {
    const records = await readFile(fixture('records.jsonl'));
    const path = join(temp, 'records.jsonl.gz');
    await writeFile(path, gzipSync(records));
    const plain = await collect([fixture('records.jsonl')]);
    const zipped = await collect([path]);
    expect(zipped.map((i) => (i.ok ? i.article.text : i.reason))).toEqual(plain.map((i) => (i.ok ? i.article.text : i.reason)));
    expect(zipped.map((i) => (i.ok ? i.article.origin : i.origin))[0]).toBe(`${path}:1`);

    const sniffed = join(temp, 'page.bin');
    await writeFile(sniffed, gzipSync(await readFile(fixture('page.html'))));
    expect(article((await collect([sniffed]))[0]).title).toBe('Rotterdam dock workers strike over automation');
  });

  it('names a corrupt or truncated gzip file', async () => {
    const whole = gzipSync(Buffer.from('{"text":"one"}\n'.repeat(5000)));
    const cut = join(temp, 'cut.jsonl.gz');
    await writeFile(cut, whole.subarray(0, whole.length - 40));
    const items = await collect([cut]);
    expect(items.at(-1)).toMatchObject({ ok: false, origin: cut, reason: expect.stringMatching(/^is not valid gzip: /) });
    expect(items.filter((i) => i.ok).length).toBeGreaterThan(0);
  });

  it('walks a directory recursively by extension, in name order, skipping hidden and unknown files', async () => {
    const dir = join(temp, 'news');
    await mkdir(join(dir, 'b', 'deeper'), { recursive: true });
    await mkdir(join(dir, '.hidden'), { recursive: true });
    await writeFile(join(dir, 'a.txt'), 'First story text.');
    await writeFile(join(dir, 'b', 'deeper', 'c.json'), JSON.stringify({ text: 'Third story text.' }));
    await writeFile(join(dir, 'b', 'b.jsonl.gz'), gzipSync('{"text":"Second story text."}\n'));
    await writeFile(join(dir, 'b', 'photo.jpg'), 'not read');
    await writeFile(join(dir, '.hidden', 'x.txt'), 'not read');
    const items = await collect([dir]);
    expect(items.map((i) => article(i).text)).toEqual(['First story text.', 'Second story text.', 'Third story text.']);
    expect(await inputSize([dir])).toBeGreaterThan(0);
  });

  it('reads a list of inputs, one a line, relative to the list', async () => {
    const list = join(temp, 'sources.urls');
    await writeFile(join(temp, 'listed.txt'), 'A listed story.');
    await writeFile(list, '# my sources\n\nlisted.txt\nmissing.txt\n');
    const items = await collect([list]);
    expect(article(items[0]).text).toBe('A listed story.');
    expect(items[1]).toEqual({ ok: false, origin: join(temp, 'missing.txt'), reason: 'not found' });
  });

  it('reports the bytes it reads, for progress', async () => {
    let read = 0;
    await collect([fixture('records.jsonl')], { onRead: (bytes) => (read += bytes) });
    expect(read).toBe((await readFile(fixture('records.jsonl'))).length);
  });
});
