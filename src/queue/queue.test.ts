import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import type { PgCluster } from '../../test/support/pg-cluster.js';
import type { Article } from '../model/index.js';
import { LEASE_LOST } from './lease.js';
import { openQueue } from './queue.js';
import type { Queue } from './queue.js';

const skip = pgSkipReason();

const article = (id: string, text = `Text of ${id}.`): Article => ({
  id, url: `https://example.org/${id}`, title: `Title ${id}`, published: '2025-06-14', source: 'Example', text, origin: `test:${id}`,
});
const articles = (n: number, prefix = 'a'): Article[] => Array.from({ length: n }, (_, i) => article(`${prefix}${String(i).padStart(3, '0')}`));

describe.skipIf(skip != null)(`queue on PostgreSQL${skip == null ? '' : ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  const opened: { queue: Queue; sql: pg.Client }[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    for (const { queue, sql } of opened) {
      await queue.close();
      await sql.end();
    }
    await cluster?.stop();
  });

  /** A queue on an empty database of its own, and a plain connection to look at its tables. */
  async function fresh(): Promise<{ queue: Queue; sql: pg.Client; url: string }> {
    const url = await freshDatabase(cluster, 'queue');
    const queue = await openQueue(url);
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    opened.push({ queue, sql });
    return { queue, sql, url };
  }
  const states = async (sql: pg.Client): Promise<Record<string, string>> => Object.fromEntries(
    (await sql.query<{ article_id: string; state: string }>('SELECT article_id, state FROM queue_jobs')).rows.map((r) => [r.article_id, r.state]));
  // Lease expiry without waiting: the clock is not what is under test.
  const expireLeases = (sql: pg.Client): Promise<unknown> => sql.query("UPDATE queue_jobs SET locked_until = now() - interval '1 second' WHERE state = 'running'");

  it('creates its tables once, however many open it at once', async () => {
    const url = await freshDatabase(cluster, 'queue');
    const queues = await Promise.all([openQueue(url), openQueue(url), openQueue(url)]);
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    opened.push(...queues.map((queue) => ({ queue, sql })));
    const { rows } = await sql.query('SELECT version FROM queue_migrations');
    expect(rows).toEqual([{ version: 1 }]);
    expect(await queues[0]!.open()).toBe(0);
  });

  it('adds an article once: enqueuing the same input again adds nothing', async () => {
    const { queue, sql } = await fresh();
    expect(await queue.enqueue(articles(5))).toEqual({ added: 5, requeued: 0, known: 0, failed: [] });
    expect(await queue.enqueue(articles(5))).toEqual({ added: 0, requeued: 0, known: 5, failed: [] });
    // The same id twice in one call: the first copy counts.
    expect(await queue.enqueue([article('b1'), article('b1', 'Other text.'), article('a000')])).toEqual({ added: 1, requeued: 0, known: 2, failed: [] });
    const { rows } = await sql.query<{ n: string }>('SELECT count(*) AS n FROM queue_jobs');
    expect(Number(rows[0]!.n)).toBe(6);
    const stored = await sql.query<{ article: Article }>("SELECT article FROM queue_jobs WHERE article_id = 'b1'");
    expect(stored.rows[0]!.article).toMatchObject({ id: 'b1', text: 'Text of b1.', origin: 'test:b1', published: '2025-06-14' });
  });

  it('queues a done article again when its text changed, and leaves a running one alone', async () => {
    const { queue, sql } = await fresh();
    await queue.enqueue([article('x'), article('y')]);
    const jobs = await queue.claim('w1', 2, 60_000, 3);
    await queue.finish('w1', [{ article: 'x', ok: true, outcome: 'inserted', events: 2 }], 3);
    const changed = await queue.enqueue([article('x', 'New text of x.'), article('y', 'New text of y.')]);
    expect(jobs).toHaveLength(2);
    expect(changed).toEqual({ added: 0, requeued: 1, known: 1, failed: [] });
    expect(await states(sql)).toEqual({ x: 'queued', y: 'running' });
    const [again] = await queue.claim('w2', 1, 60_000, 3);
    expect(again?.article.text).toBe('New text of x.');
    expect(again?.attempts).toBe(1);
  });

  it('reports an article PostgreSQL refuses, and enqueues the rest', async () => {
    const { queue } = await fresh();
    const result = await queue.enqueue([article('ok1'), article('bad', 'A NUL \u0000 character.'), article('ok2')]);
    expect(result.added).toBe(2);
    expect(result.failed.map((f) => f.article.id)).toEqual(['bad']);
    expect(result.failed[0]!.reason).toMatch(/\\u0000|unicode|NUL/i);
  });

  it('gives each job to one worker: claims at once never overlap', async () => {
    const { queue } = await fresh();
    await queue.enqueue(articles(60));
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => queue.claim(`w${i}`, 10, 60_000, 3)));
    const ids = claims.flat().map((j) => j.article.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(await queue.claim('late', 10, 60_000, 3)).toEqual([]);
  });

  it('claims oldest first, and takes a job over only once its lease ran out', async () => {
    const { queue, sql } = await fresh();
    await queue.enqueue(articles(4));
    const first = await queue.claim('w1', 2, 60_000, 3);
    expect(first.map((j) => [j.article.id, j.attempts, j.takenFrom])).toEqual([['a000', 1, null], ['a001', 1, null]]);
    // A renewed lease is still held.
    expect(await queue.renew('w1', 60_000)).toBe(2);
    expect((await queue.claim('w2', 5, 60_000, 3)).map((j) => j.article.id)).toEqual(['a002', 'a003']);
    expect(await queue.claim('w3', 5, 60_000, 3)).toEqual([]);

    await sql.query("UPDATE queue_jobs SET locked_until = now() - interval '1 second' WHERE worker = 'w1'");
    const taken = await queue.claim('w3', 5, 60_000, 3);
    expect(taken.map((j) => [j.article.id, j.attempts, j.takenFrom])).toEqual([['a000', 2, 'w1'], ['a001', 2, 'w1']]);
    const lost = await sql.query('SELECT article_id, attempt, worker, reason FROM queue_failures ORDER BY article_id');
    expect(lost.rows).toEqual([
      { article_id: 'a000', attempt: 1, worker: 'w1', reason: LEASE_LOST },
      { article_id: 'a001', attempt: 1, worker: 'w1', reason: LEASE_LOST },
    ]);
    // The first worker comes back: its jobs are another's now, and it cannot mark them.
    const late = await queue.finish('w1', [{ article: 'a000', ok: true, outcome: 'inserted', events: 1 }], 3);
    expect(late).toEqual({ done: 0, failed: 0, retried: 0, lost: ['a000'] });
    expect(await queue.renew('w1', 60_000)).toBe(0);
    const done = await queue.finish('w3', [{ article: 'a000', ok: true, outcome: 'inserted', events: 1 }, { article: 'a001', ok: true, outcome: 'unchanged', events: 0 }], 3);
    expect(done).toEqual({ done: 2, failed: 0, retried: 0, lost: [] });
    expect(await queue.open()).toBe(2);
  });

  it('gives back unstarted jobs without counting the attempt', async () => {
    const { queue, sql } = await fresh();
    await queue.enqueue(articles(3));
    await queue.claim('w1', 3, 60_000, 3);
    expect(await queue.release('w1', ['a001', 'a002'])).toBe(2);
    expect(await queue.release('w2', ['a000'])).toBe(0);
    const { rows } = await sql.query('SELECT article_id, state, attempts, worker FROM queue_jobs ORDER BY article_id');
    expect(rows).toEqual([
      { article_id: 'a000', state: 'running', attempts: 1, worker: 'w1' },
      { article_id: 'a001', state: 'queued', attempts: 0, worker: null },
      { article_id: 'a002', state: 'queued', attempts: 0, worker: null },
    ]);
  });

  it('retries a failed job while attempts are left, then fails it with its reason; retry-failed queues it again', async () => {
    const { queue, sql } = await fresh();
    await queue.enqueue([article('f'), article('g')]);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const jobs = await queue.claim('w1', 5, 60_000, 2);
      expect(jobs.map((j) => [j.article.id, j.attempts])).toEqual([['f', attempt], ...(attempt === 1 ? [['g', 1]] : [])]);
      const finished = await queue.finish('w1', [
        { article: 'f', ok: false, reason: `could not be coded: broken ${attempt}` },
        ...(attempt === 1 ? [{ article: 'g', ok: true as const, outcome: 'inserted' as const, events: 3 }] : []),
      ], 2);
      expect(finished).toMatchObject(attempt === 1 ? { done: 1, retried: 1, failed: 0 } : { done: 0, retried: 0, failed: 1 });
    }
    expect(await queue.claim('w1', 5, 60_000, 2)).toEqual([]);
    const status = await queue.status();
    expect(status.states.failed.jobs).toBe(1);
    expect(status.states.done.jobs).toBe(1);
    expect(status.reasons).toEqual([{ reason: 'could not be coded: broken 2', jobs: 1 }]);
    expect(status.failures).toMatchObject([{ article: 'f', origin: 'test:f', attempts: 2, reason: 'could not be coded: broken 2' }]);
    expect(status.failedAttemptsLastHour).toBe(2);
    expect(status.lastHour).toEqual({ articles: 1, events: 3, textBytes: Buffer.byteLength('Text of g.') });
    const history = await sql.query('SELECT attempt, reason FROM queue_failures ORDER BY id');
    expect(history.rows).toEqual([{ attempt: 1, reason: 'could not be coded: broken 1' }, { attempt: 2, reason: 'could not be coded: broken 2' }]);

    expect(await queue.retryFailed()).toBe(1);
    expect(await queue.retryFailed()).toBe(0);
    const [again] = await queue.claim('w2', 5, 60_000, 2);
    expect([again?.article.id, again?.attempts]).toEqual(['f', 1]);
  });

  it('fails a job whose lease ran out on its last attempt (an article that kills its workers)', async () => {
    const { queue, sql } = await fresh();
    await queue.enqueue([article('poison')]);
    await queue.claim('w1', 1, 60_000, 2);
    await expireLeases(sql);
    expect(await queue.expire(2)).toBe(0);
    expect((await queue.claim('w2', 1, 60_000, 2)).map((j) => [j.attempts, j.takenFrom])).toEqual([[2, 'w1']]);
    await expireLeases(sql);
    // Out of attempts: not claimable, and the next worker's look fails it.
    expect(await queue.claim('w3', 1, 60_000, 2)).toEqual([]);
    expect(await queue.open()).toBe(1);
    expect(await queue.expire(2)).toBe(1);
    expect(await queue.open()).toBe(0);
    const status = await queue.status();
    expect(status.failures).toMatchObject([{ article: 'poison', attempts: 2, reason: `${LEASE_LOST} (2 attempts)` }]);
  });

  it('lists workers with their leases, and counts rates by state', async () => {
    const { queue } = await fresh();
    await queue.register({ id: 'host:1:aa', host: 'host', pid: 1, leaseMs: 60_000 });
    await queue.register({ id: 'host:2:bb', host: 'host', pid: 2, leaseMs: 60_000 });
    await queue.enqueue(articles(3));
    await queue.claim('host:1:aa', 2, 60_000, 3);
    await queue.finish('host:1:aa', [{ article: 'a000', ok: true, outcome: 'inserted', events: 4 }], 3);
    await queue.stopped('host:2:bb');
    const status = await queue.status();
    expect(status.states).toMatchObject({ queued: { jobs: 1 }, running: { jobs: 1 }, done: { jobs: 1 }, failed: { jobs: 0 } });
    expect(status.lastMinute.articles).toBe(1);
    expect(status.lastMinute.events).toBe(4);
    expect(status.workers.map((w) => [w.id, w.live, w.leases, w.done])).toEqual([['host:1:aa', true, 1, 1], ['host:2:bb', false, 0, 0]]);
    expect(status.workers[1]!.stoppedAt).toBeInstanceOf(Date);
  });
});
