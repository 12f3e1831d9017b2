import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Article, EventRecord } from '../model/index.js';
import { storeContract } from './contract.test-helpers.js';
import { codedDocument, fixture } from './fixtures.test-helpers.js';
import { openSqliteStore, openStore } from './index.js';
import { migrate, migrations } from './sqlite/migrations.js';
import { eventsSql } from './sqlite/query.js';
import { EVENT_COLUMNS, eventValues } from './sqlite/rows.js';

storeContract('sqlite', () => openStore(':memory:'));

describe('sqlite store on disk', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'annals-store-'));
    path = join(dir, 'annals.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const inspect = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  test('migrations are applied once, and reopening keeps the data', () => {
    const { doc, records } = fixture();
    const first = openSqliteStore(path);
    first.save(doc, records);
    first.close();
    const again = openSqliteStore(path);
    expect(again.counts()).toEqual({ articles: 1, events: 4, actors: 4 });
    expect(again.save(doc, records).status).toBe('unchanged');
    again.close();
    const versions = inspect((db) => db.prepare('SELECT version FROM schema_migrations').pluck().all());
    expect(versions).toEqual(migrations.map((m) => m.version));
    expect(inspect((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  test('only the missing migrations run on an existing database', () => {
    openSqliteStore(path).close();
    const db = new Database(path);
    const next = [...migrations, { version: 99, name: 'a test step', up: 'CREATE TABLE probe (x INTEGER) STRICT' }];
    expect(migrate(db, next)).toEqual([99]);
    expect(migrate(db, next)).toEqual([]);
    db.close();
  });

  test('a database from a newer annals is refused', () => {
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(1000, '2030-01-01T00:00:00Z');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this annals/);
  });

  /**
   * A store made by the migrations before `schema`, holding the fixture's article and events as that schema wrote
   * them: `columns`, the events columns it had, a prefix of `EVENT_COLUMNS`.
   */
  const oldStore = (schema: number, article: Article, records: EventRecord[], columns: readonly string[]): void => {
    const old = new Database(path);
    migrate(old, migrations.filter((m) => m.version < schema));
    old.prepare(`INSERT INTO articles (id, url, title, published, source, text, content_hash, coded_at)
      VALUES (?, ?, ?, ?, ?, ?, 'old', '2026-01-01T00:00:00Z')`).run(article.id, article.url, article.title, article.published, article.source, article.text);
    const insert = old.prepare(`INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    records.forEach((r, seq) => insert.run(eventValues(r, seq).slice(0, columns.length)));
    old.close();
  };

  test('a store from before schema 5 opens: its events come back without contexts until recoded', () => {
    const { article, doc, records } = fixture();
    oldStore(5, article, records, EVENT_COLUMNS.filter((c) => c !== 'contexts'));

    const store = openSqliteStore(path);
    const before = store.events();
    expect(before).toHaveLength(4);
    expect(before.every((r) => !('contexts' in r))).toBe(true);
    expect(store.article(article.id)?.byline).toBeNull();
    expect(store.save({ ...doc, article: { ...article, byline: 'A. Correspondent' } }, records).status).toBe('updated');
    expect(store.events().map((r) => r.contexts)).toEqual(expect.arrayContaining([['diplomatic'], ['asylum', 'migration'], []]));
    expect(store.article(article.id)?.byline).toBe('A. Correspondent');
    store.close();
  });

  // FTS5's integrity check, with rank 1, compares the index with the events' evidence (its external content).
  // It is run as an insert, so it needs a handle that may write.
  const searchIndexAgrees = (): boolean => {
    const db = new Database(path);
    try {
      db.prepare("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)").run();
      return true;
    } catch {
      return false;
    } finally {
      db.close();
    }
  };

  test('the search index follows saves and re-saves, without triggers', () => {
    const { article, doc, records } = fixture();
    const store = openSqliteStore(path);
    store.save(doc, records);
    store.save(fixture({ id: 'other' }).doc, fixture({ id: 'other' }).records);
    const kept = records.slice(1, 2).map((r) => ({ ...r, evidence: { ...r.evidence, text: 'The two leaders first met in Sochi.' } }));
    store.save(codedDocument(article, kept), kept);
    expect(searchIndexAgrees()).toBe(true);
    expect(store.events({ q: 'Sochi' }).map((r) => r.id)).toEqual([kept[0]!.id]);
    expect(store.events({ q: 'asylum' }).map((r) => r.article.id)).toEqual(['other']);
    store.close();
    expect(inspect((db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all())).toEqual([]);
  });

  test('a store from schema 5 opens at schema 6 with its events and their search index intact', () => {
    const { article, doc, records } = fixture();
    oldStore(6, article, records, EVENT_COLUMNS);

    const store = openSqliteStore(path);
    expect(store.events().map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(store.events({ q: 'asylum' }).map((r) => r.id)).toEqual([records[2]!.id]);
    expect(searchIndexAgrees()).toBe(true);
    const kept = records.slice(0, 1);
    expect(store.save(codedDocument(article, kept), kept).status).toBe('updated');
    expect(store.events({ q: 'asylum' })).toEqual([]);
    expect(store.events({ q: 'Putin' }).map((r) => r.id)).toEqual([kept[0]!.id]);
    expect(searchIndexAgrees()).toBe(true);
    expect(store.save(doc, records).status).toBe('updated');
    expect(store.counts()).toEqual({ articles: 1, events: 4, actors: 4 });
    store.close();
    expect(inspect((db) => db.prepare('SELECT max(version) FROM schema_migrations').pluck().get())).toBe(6);
  });

  test('articles keep their hash, coding time and coder version; messages are stored', () => {
    const { doc, records } = fixture();
    const store = openSqliteStore(path, { coderVersion: 'annals 0.1.0', now: () => new Date('2026-02-01T10:00:00Z') });
    store.save(doc, records);
    store.close();
    const article = inspect((db) => db.prepare('SELECT coded_at, coder_version, length(content_hash) AS hash FROM articles').get());
    expect(article).toEqual({ coded_at: '2026-02-01T10:00:00.000Z', coder_version: 'annals 0.1.0', hash: 64 });
    const messages = inspect((db) => db.prepare('SELECT rule_id, place_start FROM messages ORDER BY seq').all());
    expect(messages).toEqual([{ rule_id: 'time/from-dateline', place_start: 0 }, { rule_id: 'events/no-target', place_start: null }]);
  });

  test('actors are kept once per code and name, first seen on their earliest event, and pruned when unused', () => {
    const { article, doc, records } = fixture();
    const store = openSqliteStore(path);
    store.save(doc, records);
    const actors = () => inspect((db) => db.prepare('SELECT code, name, first_seen FROM actors ORDER BY code').all());
    expect(actors()).toEqual([
      { code: 'RUS', name: 'Russia', first_seen: '2024-12-01' },
      { code: 'RUSGOV', name: 'Vladimir Putin', first_seen: '2025-10-15' },
      { code: 'SYR', name: 'Bashar al-Assad', first_seen: '2024-12-01' },
      { code: 'SYRGOV', name: 'Ahmed al-Sharaa', first_seen: '2025-10-15' },
    ]);
    const visitOnly = records.slice(0, 1) as EventRecord[];
    store.save(codedDocument(article, visitOnly), visitOnly);
    expect(actors()).toEqual([
      { code: 'RUSGOV', name: 'Vladimir Putin', first_seen: '2026-01-28' },
      { code: 'SYRGOV', name: 'Ahmed al-Sharaa', first_seen: '2026-01-28' },
    ]);
    store.close();
  });
});

test('an event row has one value per column', () => {
  const { records } = fixture();
  expect(eventValues(records[0]!, 0)).toHaveLength(EVENT_COLUMNS.length);
});

describe('sqlite query plans', () => {
  const db = new Database(':memory:');
  migrate(db);
  const plan = (query: Parameters<typeof eventsSql>[0]): string => {
    const { text, params } = eventsSql(query);
    return (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
  };

  test.each([
    [{ actor: 'SYR' }, 'events_source_facts'],
    [{ cameo: '04' }, 'events_by_cameo'],
    [{ type: 'CONSULT' }, 'events_type_facts'],
    [{ since: '2025-01', until: '2025-06' }, 'events_by_date'],
    [{ article: 'a' }, 'events_by_article'],
  ] as const)('%o is answered from an index, not a scan of events', (query, index) => {
    expect(plan(query)).toContain(index);
    expect(plan(query)).not.toMatch(/SCAN e\b/);
  });

  test('a date range and a full listing read events in order, without sorting', () => {
    expect(plan({ since: '2025-01' })).not.toContain('TEMP B-TREE');
    expect(plan({})).not.toContain('TEMP B-TREE');
  });
});
