// `--db postgres://...` where `--db FILE` goes: code, events, actors --unknown and serve over a throwaway cluster.
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { pgSkipReason, startPgCluster } from './support/pg-cluster.js';
import type { PgCluster } from './support/pg-cluster.js';

const MAIN = new URL('../src/cli/main.ts', import.meta.url).pathname;
const EXAMPLES = ['01-anchorage-summit.json', '02-gaza-ceasefire-hostages.json']
  .map((name) => new URL(`../examples/${name}`, import.meta.url).pathname);

function annals(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const skip = pgSkipReason();

describe.skipIf(skip != null)(`annals with --db postgres://${skip == null ? '' : ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('codes into PostgreSQL, skips what it has on a second run, and lists the events and unknown names', async () => {
    const first = annals(['code', ...EXAMPLES, '--db', cluster.url, '--quiet', '--workers', '0', '--no-progress']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/coded 2 articles/);
    const store = await openStore(cluster.url);
    const counts = await store.counts();
    const stored = (await store.events()).map((e) => e.id);
    await store.close();
    expect(counts.articles).toBe(2);
    expect(counts.events).toBeGreaterThan(2);

    const second = annals(['code', ...EXAMPLES, '--db', cluster.url, '--quiet', '--workers', '0', '--no-progress']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/2 already stored/);

    const listed = annals(['events', '--db', cluster.url]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(stored);

    const unknown = annals(['actors', '--unknown', '--db', cluster.url, '--limit', '3']);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toMatch(/names no dictionary knows, in 2 stored articles/);
  });

  // Over the articles the test above stored.
  it('serves the API over PostgreSQL', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--db', cluster.url, '--port', '0']);
    try {
      let stderr = '';
      const base = await new Promise<string>((resolve, reject) => {
        server.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /at (http:\/\/\S+\/)/.exec(stderr);
          if (found) resolve(found[1]!);
        });
        server.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(stderr).not.toContain('password');
      const stats = await (await fetch(`${base}api/stats`)).json();
      expect(stats).toMatchObject({ articles: 2, readOnly: true });
      const events = await (await fetch(`${base}api/events?limit=1`)).json();
      expect(events.total).toBe(stats.events);
    } finally {
      server.kill('SIGINT');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  });
});
