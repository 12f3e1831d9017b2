// URLs, pages and feeds fetched from a local server: good, slow, huge, malformed and wrongly-typed responses.
import { article, collect as collectItems } from '../../src/ingest/ingest.test-helpers.js';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlId, USER_AGENT } from '../../src/ingest/index.js';
import type { IngestItem, IngestOptions } from '../../src/ingest/index.js';
import { page, rss, send, sleep, startServer } from './server.js';
import type { TestServer } from './server.js';

const STORY = [
  'Dock workers at the port walked off the job on Monday in a dispute over automation, the union said.',
  'The operators said they had offered retraining for every worker whose job changes.',
];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Quick retries and short time-outs, so failures are found in milliseconds. */
const FAST: IngestOptions = { fetch: { timeoutMs: 300, retries: 2, backoffMs: 10 } };

let server: TestServer;
let flaky = 0;
beforeAll(async () => {
  server = await startServer({
    '/story': send('text/html; charset=utf-8', page('Port strike', '2026-03-03T08:00:00Z', STORY)),
    '/feed.xml': send('application/rss+xml', rss('Test Daily', [
      { title: 'Port strike', link: '/story?utm_source=rss', date: 'Tue, 03 Mar 2026 08:00:00 GMT', text: 'Short summary of the strike.' },
      { title: 'Gone', link: '/missing', date: 'Tue, 03 Mar 2026 09:00:00 GMT', text: 'Summary of a page that is gone.' },
    ])),
    '/mislabelled-feed': send('text/html', rss('Test Daily', [{ title: 'A', link: '/story', date: '2026-03-03', text: 'Item text.' }])),
    '/broken-feed': send('application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</titl'),
    '/image': send('image/png', PNG),
    '/png-as-html': send('text/html', PNG),
    '/latin1': send('text/html; charset=iso-8859-1', Buffer.concat([
      Buffer.from('<html><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(' owners in the capital protested against a new tax on Monday, their union said.</p></body></html>'),
    ])),
    '/unknown-charset': send('text/plain; charset=x-martian', 'text'),
    '/records.jsonl': send('application/x-ndjson', '{"id":"r1","text":"Troops withdrew."}\n{"id":"r2","text":"Talks resumed."}\n'),
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20 * 1024 * 1024) });
      res.write('<html>');
      setTimeout(() => res.destroy(), 50);
    },
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 4 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 4 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/slow-headers': async (_req, res) => {
      await sleep(2000);
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/plain' }).end('late');
    },
    '/slow-body': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40 && !res.destroyed; i++) {
        res.write('<p>drip</p>');
        await sleep(50);
      }
      res.end();
    },
    '/stalled-stream': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      // More than the 8 KB read to tell the format, then nothing.
      for (let i = 1; i <= 200; i++) res.write(`{"id":"s${i}","text":"Record ${i} arrives before the stall."}\n`);
      await sleep(2000);
      if (!res.destroyed) res.end();
    },
    '/truncated': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
      res.write('<html><body><p>Only the start');
      setTimeout(() => res.destroy(), 20);
    },
    '/flaky': (_req, res) => {
      flaky++;
      if (flaky <= 2) res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '0' }).end('busy');
      else send('text/html', page('Back up', '2026-03-03', STORY))(_req, res);
    },
    '/down': send('text/plain', 'down', 503),
    '/redirect-1': send('text/plain', '', 301, { location: '/redirect-2' }),
    '/redirect-2': send('text/plain', '', 302, { location: '/story' }),
    '/loop': send('text/plain', '', 302, { location: '/loop' }),
    '/to-ftp': send('text/plain', '', 302, { location: 'ftp://127.0.0.1/file' }),
  });
});
afterAll(() => server.close());

const collect = (inputs: string[], options: IngestOptions = FAST): Promise<IngestItem[]> => collectItems(inputs, options);



const reason = async (path: string, options?: IngestOptions): Promise<string> => {
  const [item] = await collect([server.url(path)], options);
  if (item?.ok !== false) throw new Error(`expected an error, got ${JSON.stringify(item)}`);
  return item.reason;
};

const hits = (path: string): number => server.requests.filter((r) => r.path === path).length;

describe('pages and feeds by URL', () => {
  it('reads a page: its text, title, site and date; the URL as given is its url and identity', async () => {
    const url = server.url('/story');
    const [item] = await collect([url]);
    expect(article(item)).toMatchObject({ url, title: 'Port strike', source: 'Test Daily', published: '2026-03-03', origin: url, id: urlId(url) });
    expect(article(item).text).toContain(STORY[1]);
    expect(article(item).text).not.toMatch(/Home|Test Daily/);
  });

  it('says who is asking, honestly', async () => {
    await collect([server.url('/story')]);
    expect(server.requests.at(-1)?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('annals/0.1 (+https://example.org/annals)');
  });

  it('reads a feed by URL, item by item, links resolved against the feed', async () => {
    const items = await collect([server.url('/feed.xml')]);
    expect(items.map((i) => article(i).url)).toEqual([server.url('/story?utm_source=rss'), server.url('/missing')]);
    expect(article(items[0]).text).toBe('Short summary of the strike.');
  });

  it('with follow, reads the linked pages, and names each page it cannot read', async () => {
    const items = await collect([server.url('/feed.xml')], { ...FAST, follow: true });
    expect(article(items[0])).toMatchObject({ url: server.url('/story?utm_source=rss'), title: 'Port strike', source: 'Test Daily' });
    expect(article(items[0]).text).toContain(STORY[0]);
    expect(article(items[0]).id).toBe(urlId(server.url('/story')));
    expect(items[1]).toEqual({ ok: false, origin: `${server.url('/feed.xml')}[1]`, reason: `${server.url('/missing')}: HTTP 404 Not Found` });
  });

  it('with follow, skips known articles without fetching their pages', async () => {
    const before = hits('/story');
    const known = urlId(server.url('/story'));
    const items = await collect([server.url('/feed.xml')], { ...FAST, follow: true, isKnown: (id) => id === known });
    expect(hits('/story')).toBe(before);
    expect(items).toHaveLength(1);
  });

  it('follows redirects to the page', async () => {
    const [item] = await collect([server.url('/redirect-1')]);
    expect(article(item)).toMatchObject({ url: server.url('/redirect-1'), title: 'Port strike' });
  });

  it('streams JSON Lines served as application/x-ndjson', async () => {
    const items = await collect([server.url('/records.jsonl')]);
    expect(items.map((i) => article(i).id)).toEqual(['r1', 'r2']);
  });

  it('decodes a body in the charset the server names', async () => {
    expect(article((await collect([server.url('/latin1')]))[0]).text).toMatch(/^Café owners/);
  });
});

describe('bad responses: one clear error each, then the next input', () => {
  it.each([
    ['a missing page', '/missing', 'HTTP 404 Not Found'],
    ['an image', '/image', 'is image/png, not a web page, feed, text or records annals reads'],
    ['binary bytes labelled as HTML', '/png-as-html', 'looks binary, not text'],
    ['a malformed feed', '/broken-feed', /^is not a valid RSS or Atom feed: /],
    ['an unknown charset', '/unknown-charset', "has an unknown charset 'x-martian'"],
    ['a body declared too large', '/big-declared', 'is 20.0 MB, over the 1.0 MB limit; raise it with --max-bytes'],
    ['a body too large, undeclared', '/big-chunked', 'is over the 1.0 MB limit; raise it with --max-bytes'],
    ['headers too slow', '/slow-headers', 'timed out after 0.3 s (3 attempts)'],
    ['a body that drips too slowly', '/slow-body', 'timed out after 0.3 s (3 attempts)'],
    ['a response cut short', '/truncated', /closed before the response ended \(3 attempts\)|terminated \(3 attempts\)/],
    ['a redirect loop', '/loop', 'too many redirects (more than 5)'],
    ['a redirect away from HTTP', '/to-ftp', "redirects to a non-HTTP URL 'ftp://127.0.0.1/file'"],
    ['a server that stays down', '/down', 'HTTP 503 Service Unavailable (3 attempts)'],
  ] as const)('%s', async (_name, path, expected) => {
    const items = await collect([server.url(path), server.url('/story')], { ...FAST, maxBytes: 1024 * 1024 });
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ ok: false, origin: server.url(path), reason: expected });
    expect(article(items[1]).title).toBe('Port strike');
  });

  it('does not retry what another attempt cannot mend', async () => {
    const before = hits('/missing');
    await reason('/missing');
    expect(hits('/missing')).toBe(before + 1);
  });

  it('retries a server that comes back, and reads it', async () => {
    flaky = 0;
    const [item] = await collect([server.url('/flaky')]);
    expect(article(item).title).toBe('Back up');
    expect(flaky).toBe(3);
  });

  it('reads a feed labelled as a page as a feed', async () => {
    const [item] = await collect([server.url('/mislabelled-feed')]);
    expect(article(item).text).toBe('Item text.');
  });

  it('ends a stalled stream with a reason, keeping what came before', async () => {
    const items = await collect([server.url('/stalled-stream')]);
    expect(items.filter((i) => i.ok)).toHaveLength(200);
    expect(items.at(-1)).toMatchObject({ ok: false, reason: 'cannot be read: timed out: no data for 0.3 s' });
  });

  it('names a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const [item] = await collect([`http://127.0.0.1:${port}/`]);
    expect(item).toMatchObject({ ok: false, reason: 'cannot connect: connection refused (3 attempts)' });
  });
});
