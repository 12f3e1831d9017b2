// `annals watch` against a feed on a local server: a new item is picked up on the next poll and coded once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, start, waitFor } from './cli.js';
import { page, rss, startServer } from './server.js';
import type { TestServer } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'annals-watch-'));
let server: TestServer;
const items: Parameters<typeof rss>[1] = [];
let feed = '';

beforeAll(async () => {
  server = await startServer({
    '/world.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
    '/talks': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Leaders meet', '2026-03-03T08:00:00Z', [
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday for talks on trade, the Kremlin said.',
      'The two leaders signed an agreement on gas supplies.',
    ])),
    '/protest': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Farmers protest', '2026-03-04T08:00:00Z', [
      'Farmers protested against the French government in Paris on Wednesday, blocking roads into the capital with tractors.',
      'Police said the protest was peaceful.',
    ])),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const publish = (): void => {
  feed = rss('Test Daily', items);
};
const stored = (db: string): number => query<number>(db, 'SELECT count(*) FROM ingest_log') ?? 0;
const hits = (path: string): number => server.requests.filter((r) => r.path === path).length;

describe('annals watch', () => {
  it('codes what the feed has, picks up a new item on the next poll, codes each once, and stops cleanly', async () => {
    items.push({ title: 'Leaders meet', link: server.url('/talks'), date: 'Tue, 03 Mar 2026 08:00:00 GMT' });
    publish();
    const db = join(dir, 'watch.db');
    const watching = start(['watch', server.url('/world.rss'), '--every', '1s', '--follow', '--db', db, '--workers', '0']);

    await waitFor(() => stored(db) === 1, 'the first item');
    items.push({ title: 'Farmers protest', link: server.url('/protest'), date: 'Wed, 04 Mar 2026 08:00:00 GMT' });
    publish();
    await waitFor(() => stored(db) === 2, 'the new item');
    // A poll's line ends when the poll does: wait for the poll that finds nothing new to report it.
    await waitFor(() => /: coded 0 articles, 0 events, 2 already stored/.test(watching.stderr()), 'a poll with nothing new');

    watching.child.kill('SIGINT');
    const { code } = await watching.exited;
    const stderr = watching.stderr();
    expect(code).toBe(0);
    expect(stderr).toMatch(/annals: poll 1 at .*: coded 1 article, [1-9]\d* events?/);
    expect(stderr).toMatch(/: coded 1 article, [1-9]\d* events?, 1 already stored/);
    expect(stderr).toMatch(/: coded 0 articles, 0 events, 2 already stored/);
    expect(stderr).toMatch(/annals: stopped after \d+ polls/);
    expect(query<number>(db, 'SELECT count(*) FROM articles')).toBe(2);
    // Each page was fetched once: known articles are skipped before their page is fetched.
    expect(hits('/talks')).toBe(1);
    expect(hits('/protest')).toBe(1);
    expect(hits('/world.rss')).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
