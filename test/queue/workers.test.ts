// Issue 9's test: two worker processes on one queue, one killed with SIGKILL mid-batch; the other finishes once
// the dead one's lease runs out, and every article is stored exactly once, with no event twice.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../../src/coder/index.js';
import { toArticle } from '../../src/ingest/index.js';
import { LEASE_LOST } from '../../src/queue/index.js';
import { openStore } from '../../src/store/index.js';
import { freshDatabase, pgSkipReason, startPgCluster } from '../support/pg-cluster.js';
import type { PgCluster } from '../support/pg-cluster.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/queue/articles.jsonl', import.meta.url).pathname;
const skip = pgSkipReason();

function annals(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A worker process, its standard error kept, and a promise of its exit. */
function startWorker(url: string): { proc: ChildProcess; stderr: () => string; exit: Promise<{ code: number | null; signal: string | null }> } {
  // One article a thread at a time on the main thread (--threads 0): the lightest worker on shared cores.
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', url, '--once', '--batch', '10', '--lease', '3s', '--threads', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, stderr: () => stderr, exit };
}

const until = async (what: string, check: () => Promise<boolean>, ms = 120_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe.skipIf(skip != null)(`two workers on one queue${skip == null ? '' : ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode == null && child.signalCode == null) child.kill('SIGKILL');
    await cluster?.stop();
  });

  it('stores every article exactly once when one of two workers is killed mid-batch', async () => {
    const url = await freshDatabase(cluster, 'workers');
    const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const first = annals(['enqueue', FIXTURE, '--db', url]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(new RegExp(`enqueued ${lines.length} articles .*\\(0 already on the queue\\)`));
    expect(first.code).toBe(0);
    const again = annals(['enqueue', FIXTURE, '--db', url]);
    expect(again.stdout).toMatch(new RegExp(`enqueued 0 articles .*\\(${lines.length} already on the queue\\)`));

    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      const a = startWorker(url);
      const b = startWorker(url);
      children.push(a.proc, b.proc);
      const ofA = `%:${a.proc.pid}:%`;
      const count = async (where: string): Promise<number> =>
        Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM queue_jobs WHERE worker LIKE $1 AND ${where}`, [ofA])).rows[0]!.n);

      // Mid-batch: A has finished a batch and holds the next one.
      await until('worker A holds a batch after finishing one', async () => (await count("state = 'done'")) > 0 && (await count("state = 'running'")) > 0);
      a.proc.kill('SIGKILL');
      expect(await a.exit).toEqual({ code: null, signal: 'SIGKILL' });
      const left = (await sql.query<{ article_id: string }>("SELECT article_id FROM queue_jobs WHERE worker LIKE $1 AND state = 'running'", [ofA])).rows
        .map((r) => r.article_id);

      const bExit = await b.exit;
      expect(b.stderr()).not.toMatch(/failed|Error/);
      expect(bExit).toEqual({ code: 0, signal: null });

      const states = await sql.query<{ state: string; n: string }>('SELECT state, count(*) AS n FROM queue_jobs GROUP BY state');
      expect(Object.fromEntries(states.rows.map((r) => [r.state, Number(r.n)]))).toEqual({ done: lines.length });
      // The articles A died holding were taken over by B, on their second attempt, after the lease ran out.
      expect(left.length).toBeGreaterThan(0);
      const taken = await sql.query<{ worker: string; attempts: number }>('SELECT worker, attempts FROM queue_jobs WHERE article_id = ANY($1)', [left]);
      expect(taken.rows.every((r) => r.worker.includes(`:${b.proc.pid}:`) && r.attempts === 2)).toBe(true);
      const lost = await sql.query<{ article_id: string }>('SELECT article_id FROM queue_failures WHERE reason = $1 AND worker LIKE $2', [LEASE_LOST, ofA]);
      expect(lost.rows.map((r) => r.article_id).sort()).toEqual([...left].sort());
      const status = annals(['status', '--db', url]);
      expect(status.stdout).toMatch(new RegExp(`done\\s+${lines.length} `));
      expect(status.stdout).toMatch(new RegExp(`:${b.proc.pid}:\\w+  stopped .*; 0 leases`));
    } finally {
      await sql.end();
    }

    // Every article once, with exactly the events one coding of it gives: none missing, none twice.
    const coder = createCoder();
    const expected = new Map<string, string[]>();
    lines.forEach((line, i) => {
      const item = toArticle(JSON.parse(line) as unknown, `${FIXTURE}:${i + 1}`);
      if (!item.ok) throw new Error(item.reason);
      expected.set(item.article.id, coder.code(item.article).records.map((r) => r.id).sort());
    });
    const store = await openStore(url);
    try {
      const counts = await store.counts();
      const events = await store.events();
      const ids = events.map((e) => e.id);
      expect(counts.articles).toBe(lines.length);
      expect(new Set(ids).size).toBe(ids.length);
      const stored = new Map<string, string[]>();
      for (const e of events) stored.set(e.article.id, [...(stored.get(e.article.id) ?? []), e.id]);
      for (const [id, list] of stored) stored.set(id, list.sort());
      for (const [id, list] of expected) if (list.length === 0) stored.set(id, stored.get(id) ?? []);
      expect(stored).toEqual(expected);
      expect(counts.events).toBe([...expected.values()].reduce((n, list) => n + list.length, 0));
    } finally {
      await store.close();
    }
  }, 300_000);
});

describe('queue commands without a PostgreSQL URL', () => {
  it('refuse a SQLite file or no --db, with a usage error', () => {
    for (const args of [['worker', '--db', 'news.db'], ['status'], ['enqueue', FIXTURE, '--db', 'news.db']]) {
      const run = annals(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/postgres:\/\//);
    }
  });
});
