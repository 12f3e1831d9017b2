// The read views every Store backend must answer alike: registered by storeContract for each backend.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EventRecord } from '../model/index.js';
import { FIXTURE_MESSAGES, codedDocument, fixture } from './fixtures.test-helpers.js';
import type { EventQuery, Store } from './store.js';

const ids = (records: EventRecord[]): string[] => records.map((r) => r.id);

/**
 * Register the views contract for one backend. The store holds article `a` (the four fixture events and a fifth,
 * dated by a week's range) and article `b` (the first two fixture events): seven events, four of them in Moscow.
 */
export function viewsContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: store views`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      const one = fixture({ id: 'a', byline: 'A. Correspondent' });
      const ranged: EventRecord = {
        ...one.records[3]!, id: 'a#4', sentence: 3, status: 'occurred',
        date: { value: '2025-W40', precision: 'range', text: 'that week', from: 'text', start: '2025-09-29', end: '2025-10-05' },
      };
      const records = [...one.records, ranged];
      await store.save(codedDocument(one.article, records), records);
      const two = fixture({ id: 'b' });
      await store.save(codedDocument(two.article, two.records.slice(0, 2), []), two.records.slice(0, 2));
    });
    afterEach(() => store.close());

    const query = async (q: EventQuery): Promise<string[]> => ids(await store.events(q));

    test.each([
      ['newest first, undated last', { sort: '-date' }, ['b#0', 'a#0', 'b#1', 'a#1', 'a#4', 'a#2', 'a#3']],
      ['newest first within dates', { sort: '-date', since: '2025' }, ['b#0', 'a#0', 'b#1', 'a#1', 'a#4']],
      ['Goldstein, most conflictual first', { sort: 'goldstein' }, ['a#1', 'b#1', 'a#0', 'b#0', 'a#4', 'a#3', 'a#2']],
      ['Goldstein, most cooperative first', { sort: '-goldstein' }, ['a#2', 'a#4', 'a#3', 'a#0', 'b#0', 'a#1', 'b#1']],
      ['confidence, highest first, a page', { sort: '-confidence', limit: 2 }, ['a#2', 'a#0']],
      ['QuadClass', { quadClass: 2 }, ['a#2']],
      ['a place bounding box', { bbox: [30, 50, 40, 60] }, ['a#1', 'b#1', 'a#0', 'b#0']],
      ['a box elsewhere', { bbox: [-10, 30, 10, 60] }, []],
      ['a box across the antimeridian', { bbox: [170, -90, 40, 90] }, ['a#1', 'b#1', 'a#0', 'b#0']],
      ['search a word', { q: 'asylum' }, ['a#2']],
      ['search is case-blind', { q: 'GRANTED' }, ['a#2']],
      ['search a word by its stem', { q: 'grant*' }, ['a#2']],
      ['search a phrase', { q: '"two leaders"' }, ['a#1', 'b#1']],
      ['search a prefix', { q: 'analy*' }, ['a#4', 'a#3']],
      ['search with every word required', { q: 'Moscow talks' }, ['a#0', 'b#0']],
      ['search operators are words', { q: 'asylum OR talks' }, []],
      ['search syntax is dropped', { q: 'NEAR(asylum) col:asylum ^asylum' }, []],
      ['search with a quote left open', { q: '"asylum' }, ['a#2']],
      ['search and filters together', { q: 'Moscow', status: 'occurred' }, ['a#1', 'b#1']],
    ] as const)('events: %s', async (_label, q, expected) => {
      expect(await query(q as EventQuery)).toEqual(expected);
    });

    test('bad sorts, QuadClasses, boxes and searches are refused', async () => {
      await expect(store.events({ sort: 'id' as never })).rejects.toThrow(/sort/);
      await expect(store.events({ quadClass: 5 })).rejects.toThrow(/quadClass/);
      await expect(store.events({ bbox: [0, 60, 10, 50] })).rejects.toThrow(/bbox/);
      await expect(store.events({ bbox: [0, 0, 200, 10] })).rejects.toThrow(/bbox/);
      await expect(store.events({ q: '*** ()' })).rejects.toThrow(/no words/);
      await expect(store.events({ q: 'a b c d e f g h i j k l m n o p q' })).rejects.toThrow(/at most 16/);
    });

    test('counts, bounded by a cap', async () => {
      expect(await store.countEvents()).toBe(7);
      expect(await store.countEvents({ actor: 'SYR' })).toBe(5);
      expect(await store.countEvents({ q: 'Moscow' })).toBe(4);
      expect(await store.countEvents({}, 3)).toBe(3);
    });

    test('actors with their events, as source and as target', async () => {
      expect(await store.actors()).toEqual([
        { code: 'RUSGOV', country: 'RUS', events: 4, asSource: 0, asTarget: 4, goldstein: 1.45, names: ['Vladimir Putin'] },
        { code: 'SYRGOV', country: 'SYR', events: 4, asSource: 4, asTarget: 0, goldstein: 1.45, names: ['Ahmed al-Sharaa'] },
        { code: 'RUS', country: 'RUS', events: 1, asSource: 1, asTarget: 0, goldstein: 7, names: ['Russia'] },
        { code: 'SYR', country: 'SYR', events: 1, asSource: 0, asTarget: 1, goldstein: 7, names: ['Bashar al-Assad'] },
      ]);
      expect((await store.actors({ type: 'AID', limit: 1 })).map((a) => a.code)).toEqual(['RUS']);
    });

    test('dyads overall and per period', async () => {
      expect(await store.dyads()).toEqual([
        { period: null, source: 'SYRGOV', target: 'RUSGOV', events: 4, goldstein: 1.45 },
        { period: null, source: 'RUS', target: 'SYR', events: 1, goldstein: 7 },
      ]);
      expect(await store.dyads({ actor: 'SYR' }, 'month')).toEqual([
        { period: '2024-12', source: 'RUS', target: 'SYR', events: 1, goldstein: 7 },
        { period: '2025-10', source: 'SYRGOV', target: 'RUSGOV', events: 2, goldstein: 1 },
        { period: '2026-01', source: 'SYRGOV', target: 'RUSGOV', events: 2, goldstein: 1.9 },
      ]);
      expect((await store.dyads({ since: '2026' }, 'week')).map((d) => d.period)).toEqual(['2026-01-26']);
    });

    test('the timeline counts dated events per period and QuadClass', async () => {
      expect(await store.timeline()).toEqual([
        { period: '2024-12-01', quadClass: 2, events: 1, goldstein: 7 },
        { period: '2025-09-29', quadClass: 1, events: 1, goldstein: 4 },
        { period: '2025-10-15', quadClass: 1, events: 2, goldstein: 1 },
        { period: '2026-01-28', quadClass: 1, events: 2, goldstein: 1.9 },
      ]);
      expect((await store.timeline({}, 'week')).map((p) => p.period)).toEqual(['2024-11-25', '2025-09-29', '2025-10-13', '2026-01-26']);
      expect(await store.timeline({ status: 'planned' }, 'month')).toEqual([{ period: '2026-01', quadClass: 1, events: 2, goldstein: 1.9 }]);
    });

    test('places of located events', async () => {
      expect(await store.places()).toEqual([{ name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, events: 4, goldstein: 1.45 }]);
      expect(await store.places({ type: 'AID' })).toEqual([]);
    });

    test('articles, newest first, with their event counts', async () => {
      const summary = { url: 'https://example.org/news/syria-russia', title: 'Syrian president to visit Moscow', published: '2026-01-26', source: 'Example Wire' };
      expect(await store.articles()).toEqual([{ id: 'b', ...summary, events: 2 }, { id: 'a', ...summary, events: 5 }]);
      expect((await store.articles({ type: 'AID' })).map((a) => a.id)).toEqual(['a']);
      expect((await store.articles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual(['a']);
    });

    test('one article with its text, byline, events in text order and messages', async () => {
      const article = await store.article('a');
      expect(article).toMatchObject({ id: 'a', title: 'Syrian president to visit Moscow', byline: 'A. Correspondent', events: 5 });
      expect((await store.article('b'))?.byline).toBeNull();
      expect(article?.text).toBe(fixture().article.text);
      expect(ids(article?.records ?? [])).toEqual(['a#0', 'a#1', 'a#2', 'a#4', 'a#3']);
      expect(article?.messages).toEqual(FIXTURE_MESSAGES);
      expect((await store.article('b'))?.messages).toEqual([]);
      expect(await store.article('missing')).toBeNull();
    });

    test('the unfiltered views (kept as running totals) agree with the events through inserts, updates and deletes', async () => {
      // `cameo: ''` matches every event but is a filter: it makes the views count the events themselves.
      const all = { cameo: '' };
      const agree = async (): Promise<void> => {
        expect(await store.actors()).toEqual(await store.actors(all));
        expect(await store.dyads()).toEqual(await store.dyads(all));
        expect(await store.timeline({}, 'week')).toEqual(await store.timeline(all, 'week'));
        expect(await store.places()).toEqual(await store.places(all));
      };
      await agree();
      const { article, records } = fixture({ id: 'a' });
      const self: EventRecord = { ...records[2]!, id: 'a#9', sentence: 2, target: { ...records[2]!.source!, start: 0, end: 6 } };
      const changed = [records[1]!, self];
      await store.save(codedDocument(article, changed), changed);
      await agree();
      expect((await store.actors()).find((a) => a.code === 'RUS')).toMatchObject({ events: 1, asSource: 1, asTarget: 1 });
      const none: EventRecord[] = [];
      await store.save(codedDocument(article, none), none);
      await store.save(codedDocument(fixture({ id: 'b' }).article, none), none);
      await agree();
      expect(await store.actors()).toEqual([]);
      expect(await store.timeline()).toEqual([]);
    });

    test('search follows saves: replaced events are found no more', async () => {
      const { article, records } = fixture({ id: 'a' });
      const kept = records.slice(0, 1);
      await store.save(codedDocument(article, kept), kept);
      expect(await query({ q: 'asylum' })).toEqual([]);
      expect(await query({ q: 'talks' })).toEqual(['a#0', 'b#0']);
    });
  });
}
