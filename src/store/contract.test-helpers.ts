// The behaviour every Store backend must have: run by sqlite.test.ts now, by the PostgreSQL tests later.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventDay } from '../format/event-day.js';
import type { EventRecord } from '../model/index.js';
import { ingestContract } from './contract-ingest.test-helpers.js';
import { viewsContract } from './contract-views.test-helpers.js';
import { codedDocument, fixture, inStoreOrder } from './fixtures.test-helpers.js';
import type { Store } from './store.js';

const byDay = (r: EventRecord): string | null => eventDay(r.date);
const ids = (records: EventRecord[]): string[] => records.map((r) => r.id);

/** Register the store contract suite for one backend; `open` gives a fresh, empty store. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    test('what was saved comes back equal', async () => {
      const { doc, records } = fixture();
      expect(await store.save(doc, records)).toEqual({ article: 'article-1', status: 'inserted', events: 4 });
      expect(await store.events()).toEqual(inStoreOrder(records, byDay));
      expect(await store.hasArticle('article-1')).toBe(true);
      expect(await store.hasArticle('article-2')).toBe(false);
      expect(await store.counts()).toEqual({ articles: 1, events: 4, actors: 4 });
    });

    test('an article with no events is stored and known', async () => {
      const { article } = fixture({ id: 'quiet' });
      expect(await store.save(codedDocument(article, [], []), [])).toEqual({ article: 'quiet', status: 'inserted', events: 0 });
      expect(await store.hasArticle('quiet')).toBe(true);
      expect(await store.counts()).toEqual({ articles: 1, events: 0, actors: 0 });
    });

    test('saving the same content twice is unchanged, whatever the key order', async () => {
      const { doc, records } = fixture();
      await store.save(doc, records);
      const before = await store.counts();
      expect((await store.save(doc, records)).status).toBe('unchanged');
      const readBack = await store.events();
      expect((await store.save(codedDocument(doc.article, readBack.sort((a, b) => a.sentence - b.sentence)), readBack)).status)
        .toBe('unchanged');
      expect(await store.counts()).toEqual(before);
    });

    test('changed coding replaces the old events and their actors', async () => {
      const { article, doc, records } = fixture();
      await store.save(doc, records);
      const [visit, meeting] = records as [EventRecord, EventRecord];
      const recoded = [{ ...visit, cameo: '036', plover: 'AGREE' }, meeting];
      expect(await store.save(codedDocument(article, recoded), recoded)).toEqual({ article: 'article-1', status: 'updated', events: 2 });
      expect(await store.events()).toEqual([meeting, recoded[0]]);
      expect(await store.events({ article: 'article-1', cameo: '075' })).toEqual([]);
      expect(await store.counts()).toEqual({ articles: 1, events: 2, actors: 2 });
    });

    test('changed text alone is an update', async () => {
      const { doc, records } = fixture();
      await store.save(doc, records);
      const edited = fixture({ text: `${doc.article.text} Moscow did not comment.` });
      expect((await store.save(edited.doc, edited.records)).status).toBe('updated');
      expect(await store.events()).toEqual(inStoreOrder(edited.records, byDay));
    });

    test('re-saving one article leaves the other untouched', async () => {
      const one = fixture({ id: 'article-1' });
      const two = fixture({ id: 'article-2', published: '2026-01-27' });
      await store.save(one.doc, one.records);
      await store.save(two.doc, two.records);
      const twoBefore = await store.events({ article: 'article-2' });
      const fewer = one.records.slice(0, 1);
      expect((await store.save(codedDocument(one.article, fewer), fewer)).status).toBe('updated');
      expect(await store.events({ article: 'article-2' })).toEqual(twoBefore);
      expect(await store.events({ article: 'article-1' })).toEqual(fewer);
      expect(await store.counts()).toEqual({ articles: 2, events: 5, actors: 4 });
    });

    test('events of several articles are ordered by date, then article, then sentence', async () => {
      const one = fixture({ id: 'b' });
      const two = fixture({ id: 'a' });
      await store.save(one.doc, one.records);
      await store.save(two.doc, two.records);
      expect(ids(await store.events())).toEqual(['a#2', 'b#2', 'a#1', 'b#1', 'a#0', 'b#0', 'a#3', 'b#3']);
    });

    test('a bad record throws and leaves the store as it was', async () => {
      const { article, doc, records } = fixture();
      await store.save(doc, records);
      const before = await store.events();
      const bad = [records[0], { ...records[1], cameo: undefined }] as unknown as EventRecord[];
      await expect(store.save(codedDocument(article, bad), bad)).rejects.toThrow(/cameo/);
      const fresh = fixture({ id: 'article-2' });
      const badFresh = [{ ...fresh.records[0], quadClass: 7 }] as unknown as EventRecord[];
      await expect(store.save(codedDocument(fresh.article, badFresh), badFresh)).rejects.toThrow(/quadClass/);
      expect(await store.events()).toEqual(before);
      expect(await store.hasArticle('article-2')).toBe(false);
      expect(await store.counts()).toEqual({ articles: 1, events: 4, actors: 4 });
    });

    test('a failure half-way through a save is rolled back', async () => {
      const one = fixture({ id: 'article-1' });
      const two = fixture({ id: 'article-2' });
      await store.save(one.doc, one.records);
      await store.save(two.doc, two.records);
      const before = await store.events();
      // The old events of article-2 are deleted before the clash with article-1's id is found.
      const clash = [{ ...two.records[0], cameo: '043' }, { ...two.records[1], id: 'article-1#0' }] as EventRecord[];
      await expect(store.save(codedDocument(two.article, clash), clash)).rejects.toThrow(/article-2/);
      expect(await store.events()).toEqual(before);
      expect(await store.counts()).toEqual({ articles: 2, events: 8, actors: 4 });
    });

    test('an article without an id is refused', async () => {
      const { doc } = fixture({ id: '' });
      await expect(store.save(doc, [])).rejects.toThrow(/non-empty id/);
      expect(await store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
    });

    test('a record whose article differs from the document is refused', async () => {
      const { doc, records } = fixture();
      const stray = [{ ...records[0], article: { ...records[0]!.article, title: 'Another title' } }] as EventRecord[];
      await expect(store.save(doc, stray)).rejects.toThrow(/article fields/);
      expect(await store.hasArticle('article-1')).toBe(false);
    });
  });

  describe(`${name}: store queries`, () => {
    let store: Store;
    const query = async (q: Parameters<Store['events']>[0]): Promise<string[]> => ids(await store.events(q));
    beforeEach(async () => {
      store = await open();
      const one = fixture({ id: 'a' });
      const ranged: EventRecord = {
        ...one.records[3]!, id: 'a#4', sentence: 3, status: 'occurred',
        date: { value: '2025-W40', precision: 'range', text: 'that week', from: 'text', start: '2025-09-29', end: '2025-10-05' },
      };
      const records = [...one.records, ranged];
      await store.save(codedDocument(one.article, records), records);
      const two = fixture({ id: 'b' });
      await store.save(two.doc, two.records.slice(0, 2));
    });
    afterEach(() => store.close());

    test.each([
      ['actor prefix on source or target', { actor: 'SYR' }, ['a#2', 'a#1', 'b#1', 'a#0', 'b#0']],
      ['actor full code', { actor: 'RUSGOV' }, ['a#1', 'b#1', 'a#0', 'b#0']],
      ['actor code in lower case', { actor: 'rus' }, ['a#2', 'a#1', 'b#1', 'a#0', 'b#0']],
      ['actor glob characters taken literally', { actor: 'S*' }, []],
      ['PLOVER type', { type: 'AID' }, ['a#2']],
      ['CAMEO root prefix', { cameo: '04' }, ['a#1', 'b#1', 'a#0', 'b#0']],
      ['CAMEO full code', { cameo: '042' }, ['a#0', 'b#0']],
      ['since a month, counted from its first day', { since: '2025-10' }, ['a#1', 'b#1', 'a#0', 'b#0']],
      ['since a range event by its start', { since: '2025-09-29' }, ['a#4', 'a#1', 'b#1', 'a#0', 'b#0']],
      ['until a month event on its first day', { until: '2024-12' }, ['a#2']],
      ['until a year, counted as its first day', { until: '2024' }, []],
      ['since and until together', { since: '2025-01-01', until: '2025-12-31' }, ['a#4', 'a#1', 'b#1']],
      ['status', { status: 'planned' }, ['a#0', 'b#0']],
      ['article', { article: 'b' }, ['b#1', 'b#0']],
      ['limit and offset', { limit: 2, offset: 1 }, ['a#4', 'a#1']],
      ['offset alone', { offset: 6 }, ['a#3']],
      ['several filters at once', { actor: 'SYRGOV', type: 'CONSULT', status: 'occurred', article: 'a' }, ['a#1']],
    ] as const)('%s', async (_label, q, expected) => {
      expect(await query(q)).toEqual(expected);
    });

    test('a date that is not ISO is refused', async () => {
      await expect(store.events({ since: 'last week' })).rejects.toThrow(/since/);
      await expect(store.events({ limit: -1 })).rejects.toThrow(/limit/);
    });
  });

  viewsContract(name, open);
  ingestContract(name, open);
}
