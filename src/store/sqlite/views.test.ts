import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { codedDocument, fixture } from '../fixtures.test-helpers.js';
import { openSqliteStore } from '../index.js';
import type { EventQuery } from '../store.js';
import { migrate } from './migrations.js';
import { eventsSql } from './query.js';
import { eventSet } from './views.js';

describe('sqlite: pages of many matching events are read along the date index', () => {
  // 4,800 events: each filter below matches 2,000 or more, so its page is walked.
  const store = openSqliteStore(':memory:');
  for (let n = 0; n < 1200; n++) {
    const { article, records } = fixture({ id: `art-${String(n).padStart(3, '0')}`, published: `2025-${String(1 + (n % 12)).padStart(2, '0')}-10` });
    const dated = records.map((r, i) => (i === 1 ? { ...r, date: { ...r.date, value: article.published } } : r));
    store.save(codedDocument(article, dated), dated);
  }

  test.each([
    [{ actor: 'SYR', sort: '-date', limit: 30, offset: 700 }],
    [{ actor: 'RUS', sort: 'date', limit: 25 }],
    [{ type: 'CONSULT', since: '2025-03', sort: '-date', limit: 40, offset: 90 }],
    [{ q: 'Moscow', sort: '-date', limit: 20, offset: 1200 }],
  ] as [EventQuery][])('%o: the same page as sorting every match', (query) => {
    expect(store.countEvents(query, 2000)).toBe(2000);
    const walked = store.events(query).map((r) => r.id);
    const sorted = store.events({ ...query, limit: undefined, offset: undefined }).map((r) => r.id)
      .slice(query.offset ?? 0, (query.offset ?? 0) + (query.limit ?? 0));
    expect(walked).toHaveLength(query.limit!);
    expect(walked).toEqual(sorted);
  });
});

describe('sqlite: words within an actor\'s events', () => {
  // Every event has the word 'Moscow' or not; either the words' list or the actor's index entries may drive the read.
  const path = join(mkdtempSync(join(tmpdir(), 'annals-views-')), 'views.db');
  const store = openSqliteStore(path);
  for (let n = 0; n < 40; n++) {
    const { article, records } = fixture({ id: `art-${n}`, published: `2025-0${1 + (n % 9)}-10` });
    store.save(codedDocument(article, records), records);
  }
  const db = new Database(path, { readonly: true });
  const ids = ({ text, params }: { text: string; params: unknown[] }): string[] => db.prepare(text).pluck().all(params) as string[];
  afterAll(() => {
    db.close();
    store.close();
    rmSync(dirname(path), { recursive: true, force: true });
  });

  test.each([
    [{ q: 'Moscow', actor: 'SYR', sort: '-date', limit: 7, offset: 3 }],
    [{ q: 'Putin', actor: 'RUSGOV', sort: 'date', limit: 5 }],
    [{ q: 'asylum', actor: 'RUS', sort: '-goldstein' }],
  ] as [EventQuery][])('%o: the same events whichever side drives', (query) => {
    const expected = store.events(query).map((r) => r.id);
    const set = eventSet(query, 'e.rowid AS rid');
    const fromActor = eventsSql(query, false, { text: set.sql, params: set.params });
    const fromWords = eventsSql(query, false);
    expect(fromActor.text).not.toEqual(fromWords.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(fromActor)).toEqual(expected);
    expect(ids(fromWords)).toEqual(expected);
  });
});

describe('sqlite: read views use their indexes', () => {
  const db = new Database(':memory:');
  migrate(db);
  const plan = (text: string, params: unknown[]): string =>
    (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');

  test('walking the newest-first index needs no sort', () => {
    const { text, params } = eventsSql({ actor: 'SYR', sort: '-date', limit: 50 }, true);
    expect(plan(text, params)).toContain('events_by_date_desc');
    expect(plan(text, params)).not.toContain('TEMP B-TREE');
    const all = eventsSql({ sort: '-date', limit: 50 });
    expect(plan(all.text, all.params)).not.toContain('TEMP B-TREE');
  });

  test('an actor filter reads the actor facts indexes alone, both sides', () => {
    const { sql, params } = eventSet({ actor: 'SYR', type: 'ASSAULT', since: '2025', bbox: [0, 0, 50, 50] });
    expect(plan(sql, params)).toMatch(/COVERING INDEX events_source_facts.*COVERING INDEX events_target_facts/);
  });

  test.each([
    [{ type: 'ASSAULT' }, 'events_type_facts'],
    [{ since: '2025-01', until: '2025-03' }, 'events_facts'],
  ])('%o is aggregated from %s alone', (filter, index) => {
    const { sql, params } = eventSet(filter);
    expect(plan(sql, params)).toContain(`COVERING INDEX ${index}`);
  });
});
