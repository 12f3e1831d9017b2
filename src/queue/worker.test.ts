import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import type { PgCluster } from '../../test/support/pg-cluster.js';
import type { CodingPool } from '../batch/index.js';
import { extractHere } from '../ingest/index.js';
import type { Article } from '../model/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { codeJobs } from './code-jobs.js';
import { openQueue } from './queue.js';
import type { Queue } from './queue.js';
import { runWorker } from './worker.js';
import type { WorkerOptions } from './worker.js';

const skip = pgSkipReason();

const article = (id: string, text = `Text of ${id}.`): Article => ({
  id, url: null, title: null, published: '2025-06-14', source: null, text, origin: `test:${id}`,
});

/**
 * A pool that codes without the language model: no events, a failure for a text with BOOM in it. `coded` lists
 * what it was given; `onCode` runs before each article (a stop mid-batch).
 */
function fakePool(onCode?: (article: Article) => void): CodingPool & { coded: string[] } {
  const coded: string[] = [];
  return {
    workers: 1, problems: [], coded,
    async code(a) {
      coded.push(a.id);
      onCode?.(a);
      if (a.text.includes('BOOM')) return { ok: false, reason: 'could not be coded: the coder threw on BOOM' };
      return { ok: true, records: [], messages: [], sentences: 1 };
    },
    extract: extractHere,
    close: async () => {},
  };
}

// Long enough to be fingerprinted, and its copies below near enough (over 90% of their wording found in it).
const WIRE = 'The foreign ministers of the two countries met in Geneva on Tuesday to discuss a ceasefire along the border, '
  + 'and agreed to meet again next month after talks that officials on both sides described as frank and useful. '
  + 'The ministers said that a joint commission would draw up a map of the positions held by each army, and that '
  + 'observers from neutral countries would be invited to watch the withdrawal of heavy weapons from the area. '
  + 'Both governments had accused each other of shelling villages near the border in the weeks before the talks, '
  + 'and thousands of families had left their homes for camps further from the front line.';

describe.skipIf(skip != null)(`worker on PostgreSQL${skip == null ? '' : ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  const dir = mkdtempSync(join(tmpdir(), 'annals-queue-'));
  const toClose: (Queue | Store)[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    for (const c of toClose) await c.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // The queue in PostgreSQL; the store in SQLite here, so these tests need nothing of the PostgreSQL store.
  async function setup(): Promise<{ queue: Queue; store: Store }> {
    const queue = await openQueue(await freshDatabase(cluster, 'worker'));
    const store = await openStore(join(dir, `${toClose.length}.db`));
    toClose.push(queue, store);
    return { queue, store };
  }
  const options = (queue: Queue, store: Store, pool: CodingPool, id = 'w1'): WorkerOptions => ({
    queue, store, pool, identity: { id, host: 'test', pid: 1, leaseMs: 60_000 }, batch: 4, maxAttempts: 2, once: true,
    signal: new AbortController().signal, pollMs: 20,
  });

  it('drains the queue: stores every article, retries a failure, then fails it with its reason', async () => {
    const { queue, store } = await setup();
    await queue.enqueue([...Array.from({ length: 9 }, (_, i) => article(`a${i}`)), article('bad', 'It went BOOM.')]);
    const pool = fakePool();
    const summary = await runWorker(options(queue, store, pool));
    expect(summary).toMatchObject({ coded: 9, failed: 1, retried: 1, stopped: false });
    expect(pool.coded.filter((id) => id === 'bad')).toHaveLength(2);
    expect((await store.counts()).articles).toBe(9);
    const status = await queue.status();
    expect(status.states.done.jobs).toBe(9);
    expect(status.failures).toMatchObject([{ article: 'bad', attempts: 2, reason: 'could not be coded: the coder threw on BOOM' }]);
    expect(status.workers).toMatchObject([{ id: 'w1', done: 9, failed: 1, live: false }]);
  });

  it('does not code again an article the store has with the same text (a worker died after its commit)', async () => {
    const { queue, store } = await setup();
    await queue.enqueue([article('s1'), article('s2')]);
    // A first worker codes and commits both, then dies before marking them done.
    const jobs = await queue.claim('dead', 2, 60_000, 3);
    await codeJobs(jobs, { store, pool: fakePool() });
    expect((await store.counts()).articles).toBe(2);

    // Its leases run out; the next worker takes the jobs over, finds them stored, and marks them done uncoded.
    await queue.renew('dead', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = fakePool();
    const summary = await runWorker(options(queue, store, second, 'w2'));
    expect(summary).toMatchObject({ coded: 0, skipped: 2, takenOver: 2 });
    expect(second.coded).toEqual([]);
    expect((await store.counts()).articles).toBe(2);
    expect((await queue.status()).states.done.jobs).toBe(2);
  });

  it('stops between articles: what was coded is stored, the rest of the batch goes back unattempted', async () => {
    const { queue, store } = await setup();
    await queue.enqueue(Array.from({ length: 6 }, (_, i) => article(`t${i}`)));
    const stop = new AbortController();
    const pool = fakePool((a) => {
      if (a.id === 't1') stop.abort();
    });
    const summary = await runWorker({ ...options(queue, store, pool), signal: stop.signal });
    expect(summary).toMatchObject({ coded: 2, released: 2, stopped: true });
    expect((await store.counts()).articles).toBe(2);
    const status = await queue.status();
    expect(status.states).toMatchObject({ done: { jobs: 2 }, queued: { jobs: 4 }, running: { jobs: 0 } });
    // The released jobs were not attempted: a later worker's claim is their first attempt.
    const [next] = await queue.claim('w2', 1, 60_000, 2);
    expect([next?.article.id, next?.attempts]).toEqual(['t2', 1]);
  });

  it('links a near-copy to its first copy instead of coding it, within a batch and across batches', async () => {
    const { queue, store } = await setup();
    await queue.enqueue([
      article('wire-1', WIRE), article('wire-2', `GENEVA (Example Wire) - ${WIRE}`), article('other', 'Something else entirely.'),
      article('wire-3', `${WIRE} Reporting by the Example Wire desk.`),
    ]);
    const pool = fakePool();
    const summary = await runWorker({ ...options(queue, store, pool), batch: 3 });
    expect(summary).toMatchObject({ coded: 2, duplicates: 2 });
    expect(pool.coded).toEqual(['wire-1', 'other']);
    expect(await store.ingested('wire-2')).toMatchObject({ outcome: 'duplicate' });
    expect(await store.ingested('wire-3')).toMatchObject({ outcome: 'duplicate' });
  });
});
