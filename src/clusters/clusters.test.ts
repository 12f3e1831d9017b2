import { describe, expect, test } from 'vitest';
import type { EventRecord } from '../model/index.js';
import type { StoredCluster } from '../store/index.js';
import { fixture } from '../store/fixtures.test-helpers.js';
import { clusterRecord, clusterSlot, placeKey } from './index.js';

const [visit, meeting, asylum, analysts] = fixture().records as [EventRecord, EventRecord, EventRecord, EventRecord];

describe('cluster slots', () => {
  test.each([
    ['dyad, type, polarity and gazetteer place', visit, 'CONSULT|is|SYRGOV|RUSGOV|geo:524901', '2026-01-28'],
    ['a month-precision event counts from its first day', asylum, 'AID|is|RUS|SYR|', '2024-12-01'],
    ['no coded actor on either side: a key of its own', analysts, `event:${analysts.id}`, null],
  ] as const)('%s', (_name, record, key, day) => {
    expect(clusterSlot(record)).toEqual({ key, day, window: 1 });
  });

  test('planned and occurred reports share a key; a denial or a possibility does not', () => {
    const key = (status: EventRecord['status']): string => clusterSlot({ ...meeting, status }).key;
    expect(key('planned')).toBe(key('occurred'));
    expect(key('negated')).not.toBe(key('occurred'));
    expect(key('hypothetical')).not.toBe(key('occurred'));
  });

  test('places: a gazetteer id, else name and country, else nothing', () => {
    expect(placeKey(visit.location)).toBe('geo:524901');
    expect(placeKey({ ...visit.location!, geonameId: null })).toBe('moscow/ru');
    expect(placeKey(null)).toBe('');
  });
});

describe('cluster records', () => {
  const stored: StoredCluster = {
    id: 3, key: 'k', day: '2026-01-28', events: ['article-1#0', 'elsewhere#0'],
    counts: { mentions: 3, sources: 2, articles: 3 },
    articles: [{ id: 'article-1', url: null, title: null, published: '2026-01-26', source: 'Example Wire', duplicateOf: null, mentions: 1 }],
  };

  test('the first event stands for the cluster; every known event is listed with its evidence', () => {
    const record = clusterRecord(stored, new Map([[visit.id, visit]]));
    expect(record).toMatchObject({
      cluster: 3, day: '2026-01-28', plover: 'CONSULT', cameo: '042', numMentions: 3, numSources: 2, numArticles: 3,
      source: { code: 'SYRGOV', name: 'Ahmed al-Sharaa' }, target: { code: 'RUSGOV', name: 'Vladimir Putin' },
      events: [{ id: visit.id, article: 'article-1', evidence: visit.evidence.text }],
    });
  });

  test('is null when none of its events is known', () => {
    expect(clusterRecord(stored, new Map())).toBeNull();
  });
});
