import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AnnalsDocument, EventRecord } from '../../model/index.js';
import type { CodedOutcome } from '../ingest.js';
import { codedDocument } from '../fixtures.test-helpers.js';
import { openSqliteStore } from '../index.js';
import type { SyncStore } from '../store.js';
import { variedArticles } from '../varied.test-helpers.js';
import { migrate, migrations } from './migrations.js';

const BLOCK = (column: string): string => `${column} GLOB '[A-Z0-9][A-Z0-9][A-Z0-9]*'`;
const MICRO = 'CAST(round(goldstein * 1000000) AS INTEGER)';
const SIDES = `WITH sides AS (
  SELECT substr(source_code, 1, 3) AS block, * FROM events WHERE ${BLOCK('source_code')}
  UNION ALL SELECT substr(target_code, 1, 3), * FROM events WHERE ${BLOCK('target_code')}
    AND (source_code IS NULL OR NOT ${BLOCK('source_code')} OR substr(source_code, 1, 3) != substr(target_code, 1, 3)))`;

/** Each rollup table, and the same sums counted from the events themselves. */
const FULL_SCANS: Record<string, string> = {
  rollup_days: `SELECT date_key, quad_class, count(*), sum(goldstein) FROM events WHERE date_key IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2`,
  rollup_actors: `SELECT code, max(country), sum(s), sum(t), sum(self), sum(g) FROM (
      SELECT source_code AS code, source_country AS country, 1 AS s, 0 AS t, 0 AS self, goldstein AS g FROM events
        WHERE source_code IS NOT NULL
      UNION ALL SELECT target_code, target_country, 0, 1, source_code IS target_code, goldstein FROM events
        WHERE target_code IS NOT NULL) GROUP BY code ORDER BY 1`,
  rollup_dyads: `SELECT source_code, target_code, count(*), sum(goldstein) FROM events
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
  rollup_places: `SELECT location_lat, location_lon, location_name, coalesce(location_country, ''), count(*), sum(goldstein)
    FROM events WHERE location_lat IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  rollup_block_days: `${SIDES} SELECT block, date_key, quad_class, count(*), sum(${MICRO}) FROM sides
    WHERE date_key IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  rollup_block_places: `${SIDES} SELECT block, location_lat, location_lon, count(*), sum(${MICRO}) FROM sides
    WHERE location_lat IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  rollup_block_pairs: `${SIDES} SELECT block, coalesce(source_actor, 0), coalesce(target_actor, 0), count(*), sum(${MICRO})
    FROM sides GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  rollup_block_dyads: `${SIDES} SELECT block, substr(date_key, 1, 7), source_code, target_code, count(*), sum(${MICRO})
    FROM sides WHERE date_key IS NOT NULL AND source_code != '' AND target_code != '' GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4`,
};

// Sums of Goldstein scores (reals) are added in another order by a rollup than by a scan: equal to 1e-9, not to the
// bit. The block rollups sum integers (millionths), compared exactly.
const rounded = (rows: unknown[][]): unknown[][] =>
  rows.map((row) => row.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));

const BLOCKS = ['RUS', 'SYR', 'USA', 'TUR', 'rus', 'XYZ'];

/**
 * Rows of a view read from the block rollups against the same view counted from the events: equal in every field,
 * the mean Goldstein score aside. The rollups sum scores exactly (integer millionths) and round the true mean; a
 * scan sums floating-point numbers, so where the true mean is a half-hundredth (1.175) the scan's own rounding
 * error decides which way it rounds. Those means may differ by one hundredth, never more.
 */
function expectSameRows<T extends { goldstein: number }>(fromRollups: T[], fromEvents: T[]): void {
  expect(fromRollups.map(({ goldstein: _, ...row }) => row)).toEqual(fromEvents.map(({ goldstein: _, ...row }) => row));
  fromRollups.forEach((row, i) => expect(Math.abs(row.goldstein - fromEvents[i]!.goldstein)).toBeLessThan(0.010001));
}

/** The views of a one-block actor filter (read from the block rollups) against the same filter counted from events. */
function expectBlockViewsAgree(store: SyncStore): void {
  for (const actor of BLOCKS) {
    // `cameo: ''` matches every event but is a filter: it makes the views count the events themselves.
    const scan = { actor, cameo: '' };
    expectSameRows(store.actors({ actor }), store.actors(scan));
    expectSameRows(store.dyads({ actor }), store.dyads(scan));
    expectSameRows(store.dyads({ actor }, 'month'), store.dyads(scan, 'month'));
    expectSameRows(store.dyads({ actor, limit: 3 }, 'month'), store.dyads({ ...scan, limit: 3 }, 'month'));
    for (const by of ['day', 'week', 'month'] as const) expectSameRows(store.timeline({ actor }, by), store.timeline(scan, by));
    expectSameRows(store.places({ actor }), store.places(scan));
  }
}

describe('sqlite rollups', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'annals-rollups-'));
    path = join(dir, 'annals.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const expectRollupsEqualScans = (): void => {
    const db = new Database(path, { readonly: true });
    try {
      for (const [table, scan] of Object.entries(FULL_SCANS)) {
        const stored = db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][];
        const counted = db.prepare(scan).raw().all() as unknown[][];
        // The rollup keys sort as the scans do (the tables are keyed by them); actors keep the country first seen.
        const key = (rows: unknown[][]): unknown[][] => rounded(rows).map((r) => (table === 'rollup_actors' ? [r[0], ...r.slice(2)] : r));
        expect(key(stored), table).toEqual(key(counted));
        expect(stored.length, table).toBeGreaterThan(0);
      }
    } finally {
      db.close();
    }
  };

  test('rollups equal a full scan of the events after inserts, recodes and deletes; block views agree with scans', () => {
    const store = openSqliteStore(path);
    const first = variedArticles(80);
    for (const { doc, records } of first) store.save(doc, records);
    expectRollupsEqualScans();
    expectBlockViewsAgree(store);

    // Recoded: the same article ids with other events (another seed), some with fewer events.
    const recoded = variedArticles(81).slice(0, 60);
    recoded.forEach(({ doc, records }, n) => {
      const kept = n % 3 === 0 ? records.slice(0, 2) : records;
      store.save(codedDocument(doc.article, kept), kept);
    });
    expectRollupsEqualScans();
    expectBlockViewsAgree(store);

    // Deleted: articles re-saved with no events at all.
    const none: EventRecord[] = [];
    for (const { doc } of first.slice(20, 70)) store.save(codedDocument(doc.article, none), none);
    expectRollupsEqualScans();
    expectBlockViewsAgree(store);
    store.close();
  });

  test('grouped commits sum the rollups over the group; an article that fails after its save adds nothing', () => {
    const store = openSqliteStore(path);
    const outcome = (doc: AnnalsDocument, records: EventRecord[]): CodedOutcome => ({
      kind: 'coded', doc, records, textHash: `hash:${doc.article.id}:${records.length}`, fingerprint: null,
      clusters: records.map((r) => ({ key: `k:${r.plover}`, day: r.date.value, window: 1 })),
    });
    const first = variedArticles(80);
    store.commit(first.slice(0, 50).map(({ doc, records }) => outcome(doc, records)));
    store.commit(first.slice(50).map(({ doc, records }) => outcome(doc, records)));
    expectRollupsEqualScans();

    // One group recodes some articles, empties others, and holds a recode that fails after its events are written:
    // a fingerprint band SQLite cannot bind fails it once its save is done, and the article keeps its old events.
    const recoded = variedArticles(81).slice(0, 30).map(({ doc, records }, n) => {
      const kept = n % 3 === 0 ? records.slice(0, 2) : records;
      return outcome(codedDocument(doc.article, kept), kept);
    });
    const emptied = first.slice(40, 60).map(({ doc }) => outcome(codedDocument(doc.article, []), []));
    const failing = variedArticles(82)[70]!;
    const broken = {
      ...outcome(failing.doc, failing.records),
      fingerprint: { signature: new Uint32Array(8), bands: [{}] as unknown as number[], shingles: 40 },
    };
    const results = store.commit([...recoded.slice(0, 15), broken, ...recoded.slice(15), ...emptied]);
    expect(results.filter((r) => r.status === 'failed').map((r) => r.article)).toEqual([failing.doc.article.id]);
    expect(broken.records.length).toBeGreaterThan(0);
    expectRollupsEqualScans();
    expectBlockViewsAgree(store);
    store.close();
  });

  test('a v3 database upgrades to v4 with the same query results', () => {
    // The reference: the varied articles saved by this store (schema v4).
    const reference = openSqliteStore(join(dir, 'reference.db'));
    for (const { doc, records } of variedArticles(50)) reference.save(doc, records);
    reference.close();

    // A v3 database holding the same rows, its v3 triggers filling the search index and rollups as rows go in.
    const old = new Database(path);
    migrate(old, migrations.filter((m) => m.version <= 3));
    old.exec(`ATTACH '${join(dir, 'reference.db')}' AS reference`);
    for (const table of ['articles', 'actors', 'events', 'messages']) {
      // The columns v3 has: later versions add some (contexts, byline), which a v3 database cannot hold.
      const columns = (old.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
      old.exec(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM reference.${table}`);
    }
    old.exec('DETACH reference');
    expect(old.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(3);
    old.close();

    const upgraded = openSqliteStore(path);
    const fresh = openSqliteStore(join(dir, 'reference.db'));
    expectRollupsEqualScans();
    const queries = [{}, { actor: 'RUS' }, { actor: 'SYRGOV' }, { type: 'CONSULT' }, { q: 'Moscow' }, { since: '2024' }];
    for (const query of queries) {
      // Contexts are kept from schema 5 on: events stored before come back without them.
      const beforeContexts = fresh.events({ ...query, sort: '-date' }).map(({ contexts: _, ...r }) => r);
      expect(upgraded.events({ ...query, sort: '-date' })).toEqual(beforeContexts);
      expect(upgraded.actors(query)).toEqual(fresh.actors(query));
      expect(upgraded.dyads(query, 'month')).toEqual(fresh.dyads(query, 'month'));
      expect(upgraded.timeline(query, 'week')).toEqual(fresh.timeline(query, 'week'));
      expect(upgraded.places(query)).toEqual(fresh.places(query));
      expect(upgraded.articles(query)).toEqual(fresh.articles(query));
    }
    expectBlockViewsAgree(upgraded);
    // Saves after the upgrade keep the rollups: the v3 triggers are gone, the store adds the rows itself.
    for (const { doc, records } of variedArticles(51).slice(0, 20)) upgraded.save(doc, records);
    expectRollupsEqualScans();
    upgraded.close();
    fresh.close();
  });
});
