import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractHere } from '../ingest/index.js';
import type { Article } from '../model/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createPool, runBatch, watch } from './index.js';
import { QUEUED_PER_WORKER } from './runner.js';
import type { ArticleResult, CodingPool } from './index.js';

const wire = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/ingest/wire/${name}`, import.meta.url), 'utf8');
const TALKS = wire('talks.txt');
const STRIKE = wire('port-strike.txt');

let temp = '';
let coder: CodingPool;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'annals-batch-'));
  coder = await createPool({ workers: 0 });
});
afterAll(async () => {
  await coder.close();
  await rm(temp, { recursive: true, force: true });
});

/** A JSON Lines file of records. */
async function jsonl(name: string, records: object[]): Promise<string> {
  const path = join(temp, name);
  await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return path;
}

/**
 * A pool that codes nothing, answering after a delay that varies by article, to shuffle completion order. It reads
 * pages with `extractHere` after a few milliseconds, counting them and how many it held at once.
 */
function fakePool(delay: (article: Article) => number = () => 0, fail?: (article: Article) => boolean): CodingPool & { peak: number; pages: number; pagesPeak: number } {
  let busy = 0;
  let reading = 0;
  const pool = {
    workers: 2, problems: [], peak: 0, pages: 0, pagesPeak: 0,
    extract: async (html: string, baseUrl: string | null) => {
      pool.pages++;
      pool.pagesPeak = Math.max(pool.pagesPeak, ++reading);
      await new Promise((done) => setTimeout(done, 5));
      reading--;
      if (html.includes('UNREADABLE')) throw new Error('the parser gave up');
      return extractHere(html, baseUrl);
    },
    code: async (article: Article) => {
      busy++;
      pool.peak = Math.max(pool.peak, busy);
      await new Promise((done) => setTimeout(done, delay(article)));
      busy--;
      return fail?.(article) === true
        ? { ok: false as const, reason: 'could not be coded: boom' }
        : { ok: true as const, records: [], messages: [], sentences: 1 };
    },
    close: async () => {},
  };
  return pool;
}

const kinds = (results: ArticleResult[]): string[] =>
  results.map((r) => `${r.kind}:${r.kind === 'failed' ? r.origin.split(/[\\/]/).pop() : r.article.id}`);

describe('runBatch', () => {
  it('codes, stores in the order read, logs; a second run skips; --recode codes again', async () => {
    const path = await jsonl('two.jsonl', [
      { id: 'talks', published: '2026-03-03', source: 'Example Wire', text: TALKS },
      { id: 'strike', published: '2026-03-03', source: 'Example Wire', text: STRIKE },
    ]);
    const store = await openStore(':memory:');
    const results: ArticleResult[] = [];
    const first = await runBatch([path], { store, pool: coder, onResult: (r) => results.push(r) });
    expect(kinds(results)).toEqual(['coded:talks', 'coded:strike']);
    expect(first).toMatchObject({ read: 2, coded: 2, duplicates: 0, skipped: 0, failed: 0, stopped: false });
    expect(first.events).toBe((await store.counts()).events);
    expect(first.events).toBeGreaterThan(5);
    expect((await store.ingested('talks'))?.outcome).toBe('coded');

    const again = await runBatch([path], { store, pool: coder });
    expect(again).toMatchObject({ read: 2, coded: 0, skipped: 2 });
    const recoded: ArticleResult[] = [];
    await runBatch([path], { store, pool: coder, recode: true, onResult: (r) => recoded.push(r) });
    expect(recoded.map((r) => r.kind === 'coded' && r.status)).toEqual(['unchanged', 'unchanged']);
    await store.close();
  });

  it('links a copy to the first copy, codes it not, and counts it in the clusters of its original', async () => {
    const copy = `Putin and Xi meet in Moscow\n\n${TALKS.replace('MOSCOW, March 3 -', 'MOSCOW (Other Wire) -')}`;
    const path = await jsonl('copies.jsonl', [
      { id: 'original', published: '2026-03-03', source: 'Example Wire', text: TALKS },
      { id: 'copy', published: '2026-03-03', source: 'Other Wire', text: copy },
      { id: 'strike', published: '2026-03-03', source: 'Other Wire', text: STRIKE },
    ]);
    const store = await openStore(':memory:');
    const results: ArticleResult[] = [];
    const summary = await runBatch([path], { store, pool: coder, onResult: (r) => results.push(r) });
    expect(kinds(results)).toEqual(['coded:original', 'duplicate:copy', 'coded:strike']);
    expect(results[1]).toMatchObject({ kind: 'duplicate', original: 'original' });
    expect(summary).toMatchObject({ coded: 2, duplicates: 1 });
    expect(await store.hasArticle('copy')).toBe(false);
    const events = await store.events({ article: 'original' });
    const counts = await store.clusterCounts(events.map((e) => e.id));
    expect([...counts.values()].every((c) => c.articles >= 2 && c.sources === 2)).toBe(true);
    await store.close();
  });

  it('without near-duplicate detection, codes every copy', async () => {
    const path = await jsonl('same.jsonl', [
      { id: 'one', published: '2026-03-03', text: TALKS }, { id: 'two', published: '2026-03-03', text: TALKS },
    ]);
    const store = await openStore(':memory:');
    expect(await runBatch([path], { store, pool: coder, dedupe: false })).toMatchObject({ coded: 2, duplicates: 0 });
    await store.close();
  });

  it('without a store, codes and finds copies within the batch', async () => {
    const path = await jsonl('nostore.jsonl', [
      { id: 'one', published: '2026-03-03', text: TALKS }, { id: 'two', published: '2026-03-03', text: TALKS },
    ]);
    const results: ArticleResult[] = [];
    await runBatch([path], { store: null, pool: coder, onResult: (r) => results.push(r) });
    expect(results.map((r) => r.kind === 'coded' ? r.status : r.kind)).toEqual(['not stored', 'duplicate']);
  });

  it('stores in the order read whatever order coding ends in, and keeps at most QUEUED_PER_WORKER per worker coding', async () => {
    const pool = fakePool((a) => (Number(a.id.slice(1)) * 7919) % 5);
    // More than the window holds, so that a reader that did not wait would go past it.
    const records = Array.from({ length: pool.workers * QUEUED_PER_WORKER + 300 }, (_, i) => ({ id: `a${i}`, text: `Story number ${i}.` }));
    const path = await jsonl('many.jsonl', records);
    const store = await openStore(':memory:');
    const order: string[] = [];
    await runBatch([path], { store, pool, commitEvery: 16, onResult: (r) => r.kind === 'coded' && order.push(r.article.id) });
    expect(order).toEqual(records.map((r) => r.id));
    expect(pool.peak).toBeLessThanOrEqual(pool.workers * QUEUED_PER_WORKER);
    expect((await store.counts()).articles).toBe(records.length);
    await store.close();
  });

  it('names bad inputs and failed articles, stores the rest, and retries the failed next time', async () => {
    const path = await jsonl('bad.jsonl', [{ id: 'good', text: 'Fine.' }, { id: 'boom', text: 'Throws.' }, { nope: 1 }]);
    const store = await openStore(':memory:');
    const results: ArticleResult[] = [];
    await runBatch([path, join(temp, 'missing.txt')], {
      store, pool: fakePool(() => 0, (a) => a.id === 'boom'), onResult: (r) => results.push(r),
    });
    expect(kinds(results).sort()).toEqual(['coded:good', 'failed:bad.jsonl:2', 'failed:bad.jsonl:3', 'failed:missing.txt']);
    expect(results.find((r) => r.kind === 'failed' && r.article?.id === 'boom')).toMatchObject({ reason: 'could not be coded: boom' });
    expect(await store.ingested('boom')).toBeNull();
    const again = await runBatch([path], { store, pool: fakePool() });
    expect(again).toMatchObject({ coded: 1, skipped: 1 });
    await store.close();
  });

  it('stops between articles when aborted: what was read is stored, nothing is lost for the next run', async () => {
    const path = await jsonl('stop.jsonl', Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, text: `Story ${i}.` })));
    const store = await openStore(':memory:');
    const stop = new AbortController();
    const first = await runBatch([path], {
      // Groups smaller than the input, so that the abort comes while there is still input to read.
      store, pool: fakePool(() => 1), signal: stop.signal, commitEvery: 16, onResult: (r) => r.kind === 'coded' && r.article.id === 's20' && stop.abort(),
    });
    expect(first.stopped).toBe(true);
    expect(first.coded).toBeLessThan(1000);
    expect((await store.counts()).articles).toBe(first.coded);
    const rest = await runBatch([path], { store, pool: fakePool() });
    expect(rest.coded + first.coded).toBe(1000);
    expect((await store.counts()).articles).toBe(1000);
    await store.close();
  });

  it('codes on worker threads as on this thread, and reads web pages there as here', async () => {
    const threads = await createPool({ workers: 1 });
    try {
      const article: Article = { id: 't', url: null, title: null, published: '2026-03-03', source: null, text: TALKS, origin: 't' };
      const [onThread, onWorker] = await Promise.all([coder.code(article), threads.code(article)]);
      expect(onWorker).toEqual(onThread);
      expect(threads.workers).toBe(1);
      const html = page('Talks in Istanbul', TALKS);
      expect(await threads.extract(html, 'https://example.org/talks')).toEqual(await extractHere(html, 'https://example.org/talks'));
    } finally {
      await threads.close();
    }
  });

  it('reads a folder of web pages on the pool, several at once, and stores them in the order read', async () => {
    const dir = join(temp, 'pages');
    await mkdir(dir, { recursive: true });
    const names = Array.from({ length: 12 }, (_, i) => `page-${String(i).padStart(2, '0')}.html`);
    await Promise.all(names.map((name, i) => writeFile(join(dir, name), page(`Story ${i}`, `Officials met for talks number ${i}. `.repeat(20)))));
    await writeFile(join(dir, 'page-05b.html'), page('Broken', 'UNREADABLE'));
    await writeFile(join(dir, 'page-07b.jsonl'), `${JSON.stringify({ id: 'record', text: 'A record between the pages.' })}\n`);
    const store = await openStore(':memory:');
    const pool = fakePool();
    const results: ArticleResult[] = [];
    await runBatch([dir], { store, pool, ingest: { published: '2026-03-03' }, onResult: (r) => results.push(r) });
    // Articles come in the order read; a failure is told as it is met.
    const coded = results.flatMap((r) => (r.kind === 'coded' ? [r.article.title ?? r.article.id] : []));
    expect(coded).toEqual([...names.slice(0, 8).map((_, i) => `Story ${i}`), 'record', ...names.slice(8).map((_, i) => `Story ${i + 8}`)]);
    const failed = results.flatMap((r) => (r.kind === 'failed' ? [`${r.origin}: ${r.reason}`] : []));
    expect(failed).toEqual([`${join(dir, 'page-05b.html')}: cannot be read as a web page: the parser gave up`]);
    expect(pool.pages).toBe(13);
    expect(pool.pagesPeak).toBeGreaterThan(1);
    expect((await store.counts()).articles).toBe(13);
    await store.close();
  });
});

/** A small news page: a title and one paragraph of text in an article element, with navigation around it. */
function page(title: string, text: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav>`
    + `<article><h1>${title}</h1><p>${text}</p></article></body></html>`;
}

describe('watch', () => {
  it('polls again after the interval, and codes only what is new', async () => {
    const path = await jsonl('watched.jsonl', [{ id: 'w1', text: 'First.' }]);
    const store: Store = await openStore(':memory:');
    const polls: number[] = [];
    const stop = new AbortController();
    const done = await watch([path], {
      store, pool: fakePool(), everyMs: 10, signal: stop.signal, polls: 3,
      onPoll: ({ poll, summary }) => {
        polls.push(summary.coded);
        if (poll === 1) writeFileSync(path, `${JSON.stringify({ id: 'w1', text: 'First.' })}\n${JSON.stringify({ id: 'w2', text: 'Second.' })}\n`);
      },
    });
    expect(done).toBe(3);
    expect(polls).toEqual([1, 1, 0]);
    expect((await store.counts()).articles).toBe(2);
    await store.close();
  });
});
