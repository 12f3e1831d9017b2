// What the PostgreSQL store adds to the contract: the same answers as SQLite on varied data, writers at once
// (several stores on one database, as workers on several machines), migrations, and month partitions.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { freshDatabase, pgSkipReason, startPgCluster } from '../../../test/support/pg-cluster.js';
import type { PgCluster } from '../../../test/support/pg-cluster.js';
import type { EventRecord } from '../../model/index.js';
import { codedDocument, fixture } from '../fixtures.test-helpers.js';
import { openStore } from '../index.js';
import type { CodedOutcome, EventQuery, Store } from '../index.js';
import { variedArticles } from '../varied.test-helpers.js';
import { actorsOf } from '../actors.js';
import { actorIds } from './actors.js';
import { SHARD_SPACE, transaction } from './db.js';
import { migrate, migrations } from './migrations.js';
import { monthPartitions, partitionMonth } from './partitions.js';
import { prepareSave, saveWithin } from './save.js';
import { openPostgresStore } from './store.js';

const skip = pgSkipReason();
// A fresh database per test, on a machine shared with other work: hooks get more than the default 10 s.
vi.setConfig({ hookTimeout: 60_000 });

async function sql<T = unknown[]>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query({ text, values: params, rowMode: 'array' })).rows as T[];
  } finally {
    await client.end();
  }
}

// A mean Goldstein score is a sum of floating-point numbers, added in an order each database chooses: a mean that
// falls on a half cent (x.xx5) may round either way. Scores agree to the cent; everything else exactly.
const agree = (actual: { goldstein: number }[], expected: { goldstein: number }[]): void => {
  expect(actual.map((row) => ({ ...row, goldstein: 0 }))).toEqual(expected.map((row) => ({ ...row, goldstein: 0 })));
  actual.forEach((row, i) => expect(Math.abs(row.goldstein - expected[i]!.goldstein)).toBeLessThan(0.0101));
};

test.each([
  ['2025-10-15', '2025-10'], ['1990-01-01', '1990-01'], ['1989-12-31', null], ['2099-12-31', '2099-12'],
  ['2100-01-01', null], [null, null], ['2025-00-01', '2024-12'], ['2025-13-01', '2025-12'],
])('the monthly partition of %s is %s', (day, month) => {
  expect(partitionMonth(day)).toBe(month);
});

describe.skipIf(skip != null)(`postgres store${skip == null ? '' : ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
    await (await openStore(cluster.url)).close();
  }, 120_000);
  afterAll(() => cluster?.stop());
  const fresh = (): Promise<string> => freshDatabase(cluster, 'pg', 'annals');

  describe('the same answers as SQLite for the same data', () => {
    let lite: Store;
    let post: Store;
    beforeAll(async () => {
      [lite, post] = [await openStore(':memory:'), await openStore(await fresh())];
      const articles = variedArticles(60);
      for (const { doc, records } of articles) for (const store of [lite, post]) await store.save(doc, records);
      // Recode a few: replaced events and their totals must agree too.
      for (const { doc, records } of articles.slice(0, 10)) {
        const fewer = records.slice(1);
        for (const store of [lite, post]) await store.save(codedDocument(doc.article, fewer, []), fewer);
      }
    }, 60_000);
    afterAll(async () => {
      await lite?.close();
      await post?.close();
    });

    const filters: EventQuery[] = [
      {}, { actor: 'SYR' }, { actor: 'rusgov' }, { type: 'CONSULT' }, { cameo: '04' }, { quadClass: 4 },
      { since: '2023-06', until: '2024-12-31' }, { status: 'planned' }, { article: 'v-07' }, { bbox: [30, 30, 40, 60] },
      { bbox: [170, -90, 10, 90] }, { q: 'Moscow' }, { q: '"two leaders"' }, { q: 'analy*' }, { q: 'al-Sharaa talks' },
      { actor: 'SYR', type: 'AID', since: '2024' },
    ];

    test.each(filters)('%o: events in every order, counts and aggregates', async (filter) => {
      for (const sort of ['date', '-date', 'goldstein', '-goldstein', 'confidence', '-confidence'] as const) {
        expect(await post.events({ ...filter, sort })).toEqual(await lite.events({ ...filter, sort }));
      }
      expect(await post.events({ ...filter, sort: '-date', limit: 7, offset: 5 })).toEqual(await lite.events({ ...filter, sort: '-date', limit: 7, offset: 5 }));
      expect(await post.countEvents(filter)).toBe(await lite.countEvents(filter));
      expect(await post.countEvents(filter, 10)).toBe(await lite.countEvents(filter, 10));
      agree(await post.actors({ ...filter, limit: 20 }), await lite.actors({ ...filter, limit: 20 }));
      for (const by of [undefined, 'day', 'week', 'month'] as const) {
        agree(await post.dyads({ ...filter, limit: 50 }, by), await lite.dyads({ ...filter, limit: 50 }, by));
      }
      for (const by of ['day', 'week', 'month'] as const) agree(await post.timeline(filter, by), await lite.timeline(filter, by));
      agree(await post.places(filter), await lite.places(filter));
      expect(await post.articles({ ...filter, limit: 15, offset: 3 })).toEqual(await lite.articles({ ...filter, limit: 15, offset: 3 }));
    });

    test('counts, articles with their events and messages', async () => {
      expect(await post.counts()).toEqual(await lite.counts());
      // Each store stamps its own coding time.
      const read = async (store: Store, id: string) => {
        const article = await store.article(id);
        return article == null ? null : { ...article, codedAt: null };
      };
      for (const id of ['v-00', 'v-33', 'missing']) expect(await read(post, id)).toEqual(await read(lite, id));
    });
  });

  test('search folds case and accents, and splits hyphenated words, as SQLite does', async () => {
    const [lite, post] = [await openStore(':memory:'), await openStore(await fresh())];
    try {
      const text = 'ANKARA - Recep Tayyip Erdoğan met Ünal Çelik and the al-Sharaa delegation in Şanlıurfa on Monday.';
      const { article, records } = fixture({ id: 'tr' });
      const met = text.indexOf('met');
      const one = [{ ...records[0]!, evidence: { text, start: 0, end: text.length }, trigger: { text: 'met', start: met, end: met + 3 } }];
      for (const store of [lite, post]) await store.save(codedDocument({ ...article, text }, one), one);
      for (const q of ['erdogan', 'ERDOĞAN', 'unal*', 'celik', '"al sharaa delegation"', 'al-Sharaa', 'Şanlıurfa', 'Sanlıurfa', 'erdo*', 'Erdoğan Ankara', 'Celiks']) {
        expect((await post.events({ q })).map((r) => r.id)).toEqual((await lite.events({ q })).map((r) => r.id));
      }
      expect((await post.events({ q: 'erdogan' })).map((r) => r.id)).toEqual(['tr#0']);
    } finally {
      await lite.close();
      await post.close();
    }
  });

  describe('writers at once', () => {
    test('two stores saving the same articles at the same moment store each once', async () => {
      const url = await fresh();
      const [one, two] = [await openStore(url), await openStore(url)];
      try {
        const articles = variedArticles(24);
        const results = await Promise.all(articles.flatMap(({ doc, records }) => [one.save(doc, records), two.save(doc, records)]));
        for (let i = 0; i < results.length; i += 2) {
          expect([results[i]!.status, results[i + 1]!.status].sort()).toEqual(['inserted', 'unchanged']);
        }
        expect(await one.counts()).toMatchObject({ articles: 24, events: 96 });
        const [[events, distinct]] = await sql<[number, number]>(url, 'SELECT count(*)::int, count(DISTINCT id)::int FROM events') as [[number, number]];
        expect([events, distinct]).toEqual([96, 96]);
        // Changed content from both at once: one replaces, the other finds it done, or replaces it again.
        const changed = articles.map(({ doc, records }) => {
          const fewer = records.slice(0, 2);
          return { doc: codedDocument(doc.article, fewer, []), records: fewer };
        });
        await Promise.all(changed.flatMap(({ doc, records }) => [one.save(doc, records), two.save(doc, records)]));
        expect(await two.counts()).toMatchObject({ articles: 24, events: 48 });
        expect(await two.events()).toEqual(await one.events());
      } finally {
        await one.close();
        await two.close();
      }
    });

    test('two stores committing events of one story at once open one cluster for it', async () => {
      const url = await fresh();
      const [one, two] = [await openStore(url), await openStore(url)];
      try {
        const outcome = (id: string): CodedOutcome => {
          const { article, records } = fixture({ id });
          return {
            kind: 'coded', doc: codedDocument(article, records), records, textHash: `hash:${id}`, fingerprint: null,
            clusters: records.map((r, i) => ({ key: `story-${i}`, day: '2026-01-28', window: 1 })),
          };
        };
        await Promise.all([
          one.commit(['a', 'b', 'c'].map(outcome)), two.commit(['d', 'e', 'f'].map(outcome)),
          one.commit(['g', 'h'].map(outcome)), two.commit(['i', 'j'].map(outcome)),
        ]);
        const clusters = await one.clusters(['a#0', 'a#1', 'a#2', 'a#3']);
        expect(clusters.map((c) => [c.key, c.events.length, c.counts.articles])).toEqual([
          ['story-0', 10, 10], ['story-1', 10, 10], ['story-2', 10, 10], ['story-3', 10, 10],
        ]);
      } finally {
        await one.close();
        await two.close();
      }
    });

    test('stores opened at once on a new database migrate it once', async () => {
      const url = await freshDatabase(cluster, 'empty');
      const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      await Promise.all(stores.map((s) => s.close()));
      expect(await sql(url, 'SELECT version FROM schema_version ORDER BY version')).toEqual(migrations.map((m) => [m.version]));
      await sql(url, 'INSERT INTO schema_version (version, name) VALUES (1000, $1)', ['from the future']);
      await expect(openStore(url)).rejects.toThrow(/newer than this annals/);
    });
  });

  describe('running totals', () => {
    // The unfiltered views read the running totals; `cameo: ''` matches every event but is a filter, so the views
    // count the events themselves.
    const countedAlike = async (store: Store): Promise<void> => {
      const all = { cameo: '' };
      agree(await store.dyads(), await store.dyads(all));
      agree(await store.actors(), await store.actors(all));
      agree(await store.timeline({}, 'day'), await store.timeline(all, 'day'));
      agree(await store.places(), await store.places(all));
    };

    test('an event removed in another shard than the one it was added in leaves every other sum whole', async () => {
      const url = await fresh();
      const store = await openStore(url);
      const side = new pg.Client({ connectionString: url });
      await side.connect();
      try {
        // One pair, day, place and actors, with Goldstein 5 in article x and 3 in article y.
        const { article, records } = fixture({ id: 'x' });
        const once = (id: string, goldstein: number): EventRecord[] => [{ ...records[0]!, id: `${id}#0`, goldstein, article: { ...records[0]!.article, id } }];
        await store.save(codedDocument({ ...article, id: 'x' }, once('x', 5)), once('x', 5));
        // While another transaction holds shard 0, y goes to shard 1, and so does x's recode, which takes x's
        // event away: shard 1 then holds no event of the pair but -2 of its Goldstein sum.
        await side.query('BEGIN');
        await side.query('SELECT pg_advisory_xact_lock($1, 0)', [SHARD_SPACE]);
        await store.save(codedDocument({ ...article, id: 'y' }, once('y', 3)), once('y', 3));
        await store.save(codedDocument({ ...article, id: 'x' }, []), []);
        await side.query('COMMIT');
        const shards = await sql(url, 'SELECT shard FROM rollup_totals ORDER BY 1');
        expect(shards).toEqual([[0], [1]]);
        expect(await store.dyads()).toEqual([{ period: null, source: 'SYRGOV', target: 'RUSGOV', events: 1, goldstein: 3 }]);
        await countedAlike(store);
        expect(await sql(url, 'SELECT annals_fold_pairs()::int')).toEqual([[1]]);
        expect(await sql(url, 'SELECT source_code, target_code, events::int, goldstein FROM rollup_pairs')).toEqual([['SYRGOV', 'RUSGOV', 1, 3]]);
        await countedAlike(store);
      } finally {
        await side.end();
        await store.close();
      }
    });

    // Limits below, at and above the number of pairs, so ties in counts are cut at every place.
    const LIMITS = [1, 2, 3, 5, 8, 13, 21, 50, 1000];
    const sameTopPairs = async (post: Store, lite: Store): Promise<void> => {
      for (const limit of LIMITS) agree(await post.dyads({ limit }), await lite.dyads({ limit }));
    };
    const recoded = (articles: ReturnType<typeof variedArticles>, from: number, to: number) =>
      articles.slice(from, to).map(({ doc, records }, i) => {
        // Fewer events, or none, and some moved to other pairs: totals go down, to 0, and up.
        const kept = records.slice(i % 3).map((r, n) => (n === 0 && r.target != null ? { ...r, target: { ...r.target, code: 'TURGOV' } } : r));
        return { doc: codedDocument(doc.article, kept, []), records: kept };
      });

    test('the top pairs agree with SQLite at every limit, with changes unfolded, folded, and both', async () => {
      const url = await fresh();
      const post = await openPostgresStore(url, { foldEvery: Number.MAX_SAFE_INTEGER });
      const lite = await openStore(':memory:');
      try {
        const articles = variedArticles(60);
        const pairRows = async (): Promise<[number, number]> =>
          (await sql<[number, number]>(url, 'SELECT (SELECT count(*)::int FROM rollup_pairs), (SELECT count(*)::int FROM rollup_dyads)'))[0]!;
        for (const { doc, records } of articles.slice(0, 30)) for (const store of [lite, post]) await store.save(doc, records);
        await sameTopPairs(post, lite);
        expect((await pairRows())[0]).toBe(0);
        expect(await sql(url, 'SELECT annals_fold_pairs() > 0')).toEqual([[true]]);
        expect((await pairRows())[1]).toBe(0);
        await sameTopPairs(post, lite);
        // Folded pairs and changes since, new pairs and pairs of the fold changed.
        for (const { doc, records } of articles.slice(30)) for (const store of [lite, post]) await store.save(doc, records);
        await sameTopPairs(post, lite);
        for (const { doc, records } of recoded(articles, 0, 40)) for (const store of [lite, post]) await store.save(doc, records);
        await sameTopPairs(post, lite);
        await sql(url, 'SELECT annals_fold_pairs()');
        await sameTopPairs(post, lite);
        // One row per pair with events, and nothing left to fold.
        expect(await pairRows()).toEqual([(await lite.dyads({ limit: 1000 })).length, 0]);
        expect(await sql(url, 'SELECT count(*)::int FROM rollup_pairs WHERE events <= 0')).toEqual([[0]]);
        // A fold with nothing to fold changes nothing.
        expect(await sql(url, 'SELECT annals_fold_pairs()::int')).toEqual([[0]]);
        // The top pairs of the fold lose every event, and pairs that have not changed since take their places.
        const top = await lite.dyads({ limit: 3 });
        const ofTop = (r: EventRecord): boolean => top.some((d) => d.source === r.source?.code && d.target === r.target?.code);
        for (const { doc, records } of [...articles.slice(40), ...recoded(articles, 0, 40)]) {
          if (!records.some(ofTop)) continue;
          const kept = records.filter((r) => !ofTop(r));
          for (const store of [lite, post]) await store.save(codedDocument(doc.article, kept, []), kept);
        }
        expect((await lite.dyads({ limit: 3 })).some((d) => top.some((t) => t.source === d.source && t.target === d.target))).toBe(false);
        await sameTopPairs(post, lite);
        await sql(url, 'SELECT annals_fold_pairs()');
        await sameTopPairs(post, lite);
        expect(await pairRows()).toEqual([(await lite.dyads({ limit: 1000 })).length, 0]);
      } finally {
        await post.close();
        await lite.close();
      }
    }, 180_000);

    test('stores writing at once, folding as they go and while another folds, keep the top pairs exact', async () => {
      const url = await fresh();
      const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { foldEvery: 25 })));
      const lite = await openStore(':memory:');
      const folds: (number | null)[] = [];
      let writing = true;
      let open = true;
      try {
        const articles = variedArticles(48);
        const changes = [...articles, ...recoded(articles, 10, 40)];
        const folding = (async () => {
          while (writing) folds.push(...(await sql<[number | null]>(url, 'SELECT annals_fold_pairs()::int')).map((r) => r[0]));
        })();
        // Each store saves every third article, then recodes every third; an article is only ever saved by one store.
        await Promise.all(stores.map(async (store, n) => {
          for (const [i, { doc, records }] of changes.entries()) if (i % 3 === n) await store.save(doc, records);
        }));
        writing = false;
        await folding;
        for (const { doc, records } of changes) await lite.save(doc, records);
        await sameTopPairs(stores[0]!, lite);
        expect(folds.length).toBeGreaterThan(0);
        open = false;
        await Promise.all(stores.map((store) => store.close()));
        // Closing folds what was left.
        expect(await sql(url, 'SELECT count(*)::int FROM rollup_dyads')).toEqual([[0]]);
        const reopened = await openStore(url);
        await sameTopPairs(reopened, lite);
        agree(await reopened.dyads({ limit: 1000 }), await reopened.dyads({ cameo: '', limit: 1000 }));
        await reopened.close();
      } finally {
        writing = false;
        if (open) await Promise.all(stores.map((store) => store.close()));
        await lite.close();
      }
    }, 180_000);

    test('a store of version 3 is upgraded with its totals whole, and its pairs folded', async () => {
      const url = await freshDatabase(cluster, 'v3');
      const lite = await openStore(':memory:');
      // Written by the triggers of version 3: the schema as it was, with the columns today's save path writes
      // (version 5), and the save path.
      const pool = new pg.Pool({ connectionString: url });
      try {
        await migrate(pool, migrations.filter((step) => step.version <= 3 || step.version === 5));
        const partitions = await monthPartitions(pool);
        const articles = variedArticles(30);
        for (const { doc, records } of [...articles, ...recoded(articles, 0, 12)]) {
          const prepared = prepareSave(doc, records);
          await partitions.ensure(prepared.days);
          await transaction(pool, async (client) =>
            saveWithin(client, prepared, await actorIds(client, actorsOf(records)), '2026-01-01T00:00:00Z', null));
          await lite.save(doc, records);
        }
      } finally {
        await pool.end();
      }
      expect(await sql(url, "SELECT to_regclass('rollup_pairs') IS NULL, 4 = ANY (array_agg(version)) FROM schema_version")).toEqual([[true, false]]);
      const store = await openStore(url);
      try {
        expect(await sql(url, 'SELECT version FROM schema_version ORDER BY version')).toEqual(migrations.map((m) => [m.version]));
        expect(await sql(url, 'SELECT count(*)::int FROM rollup_dyads')).toEqual([[0]]);
        await sameTopPairs(store, lite);
        agree(await store.dyads({ limit: 1000 }), await store.dyads({ cameo: '', limit: 1000 }));
      } finally {
        await store.close();
        await lite.close();
      }
    }, 180_000);
  });

  test('an article of 1,200 events (more than one statement) is stored whole, and replaced whole', async () => {
    const url = await fresh();
    const store = await openStore(url);
    try {
      const { article, records } = fixture({ id: 'big' });
      const many = Array.from({ length: 1200 }, (_, i): EventRecord => ({ ...records[i % 4]!, id: `big#${i}`, sentence: i }));
      expect(await store.save(codedDocument(article, many), many)).toMatchObject({ status: 'inserted', events: 1200 });
      expect((await store.events({ article: 'big', sort: 'date' })).map((r) => r.id).sort()).toEqual(many.map((r) => r.id).sort());
      const fewer = many.slice(0, 700);
      expect(await store.save(codedDocument(article, fewer), fewer)).toMatchObject({ status: 'updated', events: 700 });
      expect(await store.counts()).toMatchObject({ articles: 1, events: 700 });
    } finally {
      await store.close();
    }
  });

  describe('month partitions', () => {
    test('events go to their month, older and later days to the edges, undated events to the default', async () => {
      const url = await fresh();
      const store = await openStore(url);
      const { article, records } = fixture({ id: 'p' });
      const days = ['1979-11-04', '2031-07-15', '2104-02-01'];
      const dated = records.map((r, i): EventRecord => (i < 3 ? { ...r, date: { value: days[i]!, precision: 'day', text: null, from: 'text' } } : r));
      await store.save(codedDocument(article, dated), dated);
      await store.close();
      const where = await sql(url, 'SELECT id, tableoid::regclass::text FROM events ORDER BY id');
      expect(where).toEqual([['p#0', 'events_before'], ['p#1', 'events_2031_07'], ['p#2', 'events_after'], ['p#3', 'events_undated']]);
    });

    test('writers needing one new month at once make it once', async () => {
      const url = await fresh();
      const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      await Promise.all(stores.map((store, n) => {
        const { article, records } = fixture({ id: `m${n}` });
        const dated = records.map((r): EventRecord => ({ ...r, date: { value: `2040-0${n + 1}-0${n + 1}`, precision: 'day', text: null, from: 'text' } }));
        return store.save(codedDocument(article, dated), dated);
      }));
      await Promise.all(stores.map((s) => s.close()));
      expect(await sql(url, "SELECT relname FROM pg_class WHERE relname LIKE 'events_2040%' AND relkind = 'r' ORDER BY 1"))
        .toEqual([['events_2040_01'], ['events_2040_02'], ['events_2040_03']]);
    });

    test('a date range reads the partitions of its months only', async () => {
      const url = await fresh();
      const store = await openStore(url);
      for (const { doc, records } of variedArticles(12)) await store.save(doc, records);
      await store.close();
      const plan = (await sql<[string]>(url, `EXPLAIN SELECT count(*) FROM events e
        WHERE e.date_key >= '2024-03-01' AND e.date_key <= '2024-04-30'`)).map((r) => r[0]).join('\n');
      const scanned = [...new Set([...plan.matchAll(/ on (events_\w+)/g)].map((m) => m[1]!))].sort();
      expect(scanned.every((name) => /^events_2024_0[34]$/.test(name))).toBe(true);
      expect(scanned.length).toBeGreaterThan(0);
    });
  });
});
