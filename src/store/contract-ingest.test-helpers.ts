// What every Store backend must do for batches: commit outcomes, the ingest log, near-duplicate links and
// fingerprints, and event clusters. Registered by storeContract for each backend.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Article, EventRecord } from '../model/index.js';
import { FIXTURE_TEXT, codedDocument, fixture } from './fixtures.test-helpers.js';
import type { ClusterSlot, CodedOutcome, DuplicateOutcome, Fingerprint } from './ingest.js';
import type { Store } from './store.js';

/** Slots for records: each record keyed by its PLOVER type, on `day`, or as given. */
function slots(records: EventRecord[], day: string | null = '2026-01-28', keys?: string[]): ClusterSlot[] {
  return records.map((r, i) => ({ key: keys?.[i] ?? `k:${r.plover}:${i}`, day, window: 1 }));
}

function coded(
  overrides: Partial<Article> = {}, options: { day?: string | null; keys?: string[]; fingerprint?: Fingerprint | null; count?: number } = {},
): CodedOutcome {
  const { article, records: all } = fixture(overrides);
  const records = all.slice(0, options.count ?? 2);
  return {
    kind: 'coded', doc: codedDocument(article, records), records, textHash: `hash:${article.text.length}`,
    fingerprint: options.fingerprint ?? null, clusters: slots(records, options.day, options.keys),
  };
}

function copy(id: string, original: string, source: string | null = 'Other Wire'): DuplicateOutcome {
  const article = fixture({ id, source, url: `https://other.example/${id}` }).article;
  return { kind: 'duplicate', article, textHash: 'hash:copy', original, similarity: 0.97 };
}

const fingerprint = (seed: number, bands: number[]): Fingerprint => ({
  signature: Uint32Array.from({ length: 8 }, (_, i) => (seed * 2654435761 + i) >>> 0), bands, shingles: 40 + seed,
});

/** Register the ingest contract for one backend; `open` gives a fresh, empty store. */
export function ingestContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: ingest contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    test('a coded outcome is stored as save stores it, and logged with its text hash', async () => {
      const outcome = coded({ id: 'a' });
      expect(await store.commit([outcome])).toEqual([{ article: 'a', status: 'inserted', events: 2 }]);
      expect((await store.events({ article: 'a' })).map((r) => r.id).sort()).toEqual(['a#0', 'a#1']);
      expect(await store.ingested('a')).toEqual({ textHash: outcome.textHash, outcome: 'coded' });
      expect(await store.ingested('b')).toBeNull();
    });

    test('committing the same outcome again changes nothing, memberships included', async () => {
      await store.commit([coded({ id: 'a' })]);
      const before = await store.clusters(['a#0', 'a#1']);
      expect(await store.commit([coded({ id: 'a' })])).toEqual([{ article: 'a', status: 'unchanged', events: 2 }]);
      expect(await store.clusters(['a#0', 'a#1'])).toEqual(before);
      expect((await store.counts()).articles).toBe(1);
    });

    test('a copy is linked to its original, not stored as an article, and counts in its clusters', async () => {
      expect(await store.commit([coded({ id: 'a' }), copy('b', 'a')])).toEqual([
        { article: 'a', status: 'inserted', events: 2 }, { article: 'b', status: 'duplicate', events: 0 },
      ]);
      expect(await store.hasArticle('b')).toBe(false);
      expect(await store.ingested('b')).toEqual({ textHash: 'hash:copy', outcome: 'duplicate' });
      expect(await store.counts()).toMatchObject({ articles: 1, events: 2 });
      expect(await store.clusterCounts(['a#0'])).toEqual(new Map([['a#0', { mentions: 2, sources: 2, articles: 2 }]]));
      const [cluster] = await store.clusters(['a#0']);
      expect(cluster!.articles.map((a) => [a.id, a.duplicateOf, a.mentions])).toEqual([['a', null, 1], ['b', 'a', 1]]);
    });

    test('one failing outcome is rolled back alone; the others of the commit are stored', async () => {
      const bad = coded({ id: 'bad' });
      bad.records = [{ ...bad.records[0]!, cameo: 'x' }];
      bad.clusters = bad.clusters.slice(0, 1);
      const results = await store.commit([coded({ id: 'a' }), bad, copy('orphan', 'missing'), coded({ id: 'c' })]);
      expect(results.map((r) => r.status)).toEqual(['inserted', 'failed', 'failed', 'inserted']);
      expect(results[1]!.reason).toMatch(/cameo/);
      expect(results[2]!.reason).toMatch(/original "missing" is not stored/);
      expect(await store.ingested('bad')).toBeNull();
      expect(await store.ingested('orphan')).toBeNull();
      expect((await store.counts()).articles).toBe(2);
    });

    test('a coded article cannot become a copy; a copy coded later loses its link', async () => {
      await store.commit([coded({ id: 'a' }), coded({ id: 'c' }, { keys: ['c0', 'c1'] }), copy('b', 'a')]);
      expect((await store.commit([copy('c', 'a')]))[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/stored as a coded article/) });
      expect((await store.commit([coded({ id: 'b' })]))[0]!.status).toBe('inserted');
      expect((await store.ingested('b'))!.outcome).toBe('coded');
      const [cluster] = await store.clusters(['a#0']);
      expect(cluster!.articles.map((a) => [a.id, a.duplicateOf])).toEqual([['a', null], ['b', null]]);
      expect(cluster!.counts).toEqual({ mentions: 2, sources: 1, articles: 2 });
    });

    test('events of one key within a day of each other share a cluster; further apart, or another key, they do not', async () => {
      await store.commit([
        coded({ id: 'a' }, { keys: ['visit', 'meet'] }),
        coded({ id: 'b', source: 'Other Wire' }, { day: '2026-01-29', keys: ['visit', 'meet'] }),
        coded({ id: 'c' }, { day: '2026-01-31', keys: ['visit', 'other'] }),
      ]);
      const clusters = await store.clusters(['a#0', 'a#1', 'c#1']);
      expect(clusters.map((c) => [c.key, c.day, c.events])).toEqual([
        ['visit', '2026-01-28', ['a#0', 'b#0']], ['meet', '2026-01-28', ['a#1', 'b#1']], ['other', '2026-01-31', ['c#1']],
      ]);
      expect(clusters[0]!.counts).toEqual({ mentions: 2, sources: 2, articles: 2 });
      expect((await store.clusterCounts(['c#0'])).get('c#0')).toEqual({ mentions: 1, sources: 1, articles: 1 });
    });

    test('an undated event has a cluster of its own', async () => {
      await store.commit([coded({ id: 'a' }, { day: null, keys: ['same', 'same'] })]);
      expect((await store.clusters(['a#0', 'a#1'])).map((c) => c.events)).toEqual([['a#0'], ['a#1']]);
    });

    test('a recoded article moves its events: old memberships go with its old events', async () => {
      await store.commit([coded({ id: 'a' }, { keys: ['visit', 'meet'] })]);
      const recoded = coded({ id: 'a' }, { count: 1, keys: ['visit'] });
      recoded.records = [{ ...recoded.records[0]!, goldstein: 2.5 }];
      recoded.doc = codedDocument(recoded.doc.article, recoded.records);
      expect((await store.commit([recoded]))[0]!.status).toBe('updated');
      expect(await store.clusterCounts(['a#0', 'a#1'])).toEqual(new Map([['a#0', { mentions: 1, sources: 1, articles: 1 }]]));
      expect((await store.clusters(['a#0'])).map((c) => c.events)).toEqual([['a#0']]);
    });

    test('near-duplicate candidates share a band key; each comes once, with its signature', async () => {
      const one = fingerprint(1, [11, 12, 13]);
      await store.commit([
        coded({ id: 'a' }, { fingerprint: one }),
        coded({ id: 'b', text: `${FIXTURE_TEXT} More.` }, { fingerprint: fingerprint(2, [21, 22, 23]) }),
      ]);
      const found = await store.nearDuplicates([12, 13, 99]);
      expect(found).toEqual([{ article: 'a', signature: one.signature, shingles: one.shingles }]);
      expect(await store.nearDuplicates([99])).toEqual([]);
      await store.commit([coded({ id: 'a', text: `${FIXTURE_TEXT} Changed.` }, { fingerprint: null })]);
      expect(await store.nearDuplicates([12])).toEqual([]);
    });
  });
}
