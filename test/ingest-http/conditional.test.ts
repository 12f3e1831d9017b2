// Polling with conditional requests: a feed that has not changed costs a 304, one that has is read again, and a
// poll that failed or was stopped does not let the next one skip what it missed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, watch } from '../../src/batch/index.js';
import type { CodingPool, PollReport } from '../../src/batch/index.js';
import { openStore } from '../../src/store/index.js';
import { rss, startServer } from './server.js';
import type { Handler, TestServer } from './server.js';

const TALKS = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday for talks on trade.';
const PROTEST = 'Farmers protested against the French government in Paris on Wednesday, blocking roads with tractors.';

let server: TestServer;
let pool: CodingPool;
/** Conditional headers each feed request carried, in order. */
const asked: { ifNoneMatch: string | undefined; ifModifiedSince: string | undefined }[] = [];

/** A feed that answers 304 when the client's ETag or date matches the current version. */
function versionedFeed(current: () => { etag: string; modified: string; body: string }): Handler {
  return (req, res) => {
    const version = current();
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    asked.push({ ifNoneMatch, ifModifiedSince });
    if (ifNoneMatch === version.etag || (ifNoneMatch == null && ifModifiedSince === version.modified)) {
      res.writeHead(304, { etag: version.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: version.etag, 'last-modified': version.modified })
      .end(version.body);
  };
}

const items = [{ title: 'Leaders meet', link: 'http://example.org/talks', date: 'Tue, 03 Mar 2026 08:00:00 GMT', text: TALKS }];
let version = 1;
const feed = (): { etag: string; modified: string; body: string } =>
  ({ etag: `"v${version}"`, modified: `Tue, 03 Mar 2026 0${version}:00:00 GMT`, body: rss('Test Daily', items) });

beforeAll(async () => {
  server = await startServer({
    '/world.rss': versionedFeed(feed),
    // Known only by its modification date; its second page fails the first time it is followed.
    '/dated.rss': (req, res) => {
      asked.push({ ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
      const modified = 'Wed, 04 Mar 2026 08:00:00 GMT';
      if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': modified }).end(rss('Dated', [
        { title: 'Farmers protest', link: server.url('/flaky'), date: 'Wed, 04 Mar 2026 08:00:00 GMT' },
      ]));
    },
  });
  let flakyCalls = 0;
  server.route('/flaky', (_req, res) => {
    flakyCalls++;
    if (flakyCalls === 1) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not yet');
    res.writeHead(200, { 'content-type': 'text/html' })
      .end(`<html><head><title>Farmers protest</title></head><body><article><p>${PROTEST}</p></article></body></html>`);
  });
  pool = await createPool({ workers: 0 });
});
afterAll(async () => {
  await pool.close();
  await server.close();
});

async function poll(inputs: string[], polls: number, between: (poll: number) => void = () => {}, follow = false): Promise<PollReport[]> {
  const store = await openStore(':memory:');
  const reports: PollReport[] = [];
  try {
    await watch(inputs, {
      store, pool, everyMs: 1, signal: new AbortController().signal, polls,
      ingest: { follow, fetch: { retries: 0 } },
      onPoll: (report) => {
        reports.push(report);
        between(report.poll);
      },
    });
  } finally {
    await store.close();
  }
  return reports;
}

describe('watch with conditional requests', () => {
  it('asks with the ETag it was given, counts a 304 as unchanged, and reads the feed again once it changes', async () => {
    asked.length = 0;
    version = 1;
    const reports = await poll([server.url('/world.rss')], 3, (n) => {
      if (n === 2) {
        version = 2;
        items.push({ title: 'Farmers protest', link: 'http://example.org/protest', date: 'Wed, 04 Mar 2026 08:00:00 GMT', text: PROTEST });
      }
    });
    expect(asked.map((a) => a.ifNoneMatch)).toEqual([undefined, '"v1"', '"v1"']);
    expect(asked[1]?.ifModifiedSince).toBe('Tue, 03 Mar 2026 01:00:00 GMT');
    expect(reports.map((r) => [r.summary.coded, r.summary.unchanged, r.summary.failed])).toEqual([[1, 0, 0], [0, 1, 0], [1, 0, 0]]);
    expect(reports[2]?.summary.skipped).toBe(1);
  });

  it('after a poll with a failure, reads the feed whole again so the failed item is tried again', async () => {
    asked.length = 0;
    const reports = await poll([server.url('/dated.rss')], 3, () => {}, true);
    // Poll 1: the page fails, so the date is not kept; poll 2 reads the feed whole and codes the page; poll 3: 304.
    expect(asked.map((a) => a.ifModifiedSince)).toEqual([undefined, undefined, 'Wed, 04 Mar 2026 08:00:00 GMT']);
    expect(reports.map((r) => [r.summary.coded, r.summary.failed, r.summary.unchanged])).toEqual([[0, 1, 0], [1, 0, 0], [0, 0, 1]]);
  });
});
