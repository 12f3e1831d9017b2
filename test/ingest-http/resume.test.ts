// A batch killed with SIGKILL part way, then run again, stores every article exactly once and loses nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { query, run, start, waitFor } from './cli.js';

const ARTICLES = 600;
const COUNTRIES = ['Russia', 'Ukraine', 'China', 'Japan', 'France', 'Germany', 'Iran', 'Israel', 'Turkey', 'Egypt', 'India', 'Pakistan'];
const VERBS = ['accused', 'criticised', 'praised', 'met', 'attacked', 'threatened'];

/** Article `i`: three sentences between countries, so each has events, and no two texts are alike. */
function article(i: number): object {
  const pick = (k: number): string => COUNTRIES[(i * 7 + k * 5) % COUNTRIES.length] as string;
  const verb = (k: number): string => VERBS[(i + k) % VERBS.length] as string;
  const text = [0, 1, 2].map((k) => `${pick(k)} ${verb(k)} ${pick(k + 1)} on Monday, officials said in report ${i}-${k}.`).join(' ');
  return { id: `story-${i}`, published: '2026-03-02', source: `Outlet ${i % 7}`, text };
}

const dir = mkdtempSync(join(tmpdir(), 'annals-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eventIds = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM events ORDER BY id').pluck().all() as string[]);
  } finally {
    db.close();
  }
};

describe('kill -9 and resume', () => {
  it('stores every article once and every event, as a run never killed does', async () => {
    const input = join(dir, 'batch.jsonl');
    writeFileSync(input, Array.from({ length: ARTICLES }, (_, i) => JSON.stringify(article(i))).join('\n'));
    const db = join(dir, 'killed.db');
    const args = ['code', input, '--db', db, '--quiet', '--workers', '1', '--no-progress'];

    const killed = start(args);
    await waitFor(() => (query<number>(db, 'SELECT count(*) FROM ingest_log') ?? 0) >= 50, 'the first commits');
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    const atKill = query<number>(db, 'SELECT count(*) FROM ingest_log') ?? 0;
    expect(atKill).toBeGreaterThanOrEqual(50);
    expect(atKill).toBeLessThan(ARTICLES);

    const resumed = await run(args);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`${atKill.toLocaleString('en-US')} already stored`));
    expect(query<number>(db, 'SELECT count(*) FROM articles')).toBe(ARTICLES);
    expect(query<number>(db, 'SELECT count(*) FROM ingest_log')).toBe(ARTICLES);
    expect(query<number>(db, 'SELECT count(*) FROM cluster_events')).toBe(query<number>(db, 'SELECT count(*) FROM events'));

    const clean = join(dir, 'clean.db');
    expect((await run(['code', input, '--db', clean, '--quiet', '--workers', '1', '--no-progress'])).code).toBe(0);
    const expected = eventIds(clean);
    expect(expected.length).toBeGreaterThan(ARTICLES);
    expect(eventIds(db)).toEqual(expected);
  }, 180_000);
});
