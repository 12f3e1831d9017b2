import { describe, expect, test } from 'vitest';
import { periodOf, regroup } from './aggregate.js';
import { goldsteinColor, signed } from './colors.js';
import { safeUrl } from './dom.js';
import { countries, equalEarth, fitWorld } from './geo.js';
import { apiQuery, readState, writeState } from './state.js';
import { autoPeriod, niceTicks, periodLabel, periodsBetween } from './views/axis.js';
import { pieces } from './views/evidence.js';
import { forceLayout } from './views/layout.js';
import { coreRange, periodRange } from './views/timeline.js';

describe('the page state in the URL', () => {
  test('reads and writes back the same query, leaving defaults out', () => {
    const search = '?actor=SYR&type=CONSULT&since=2025-10-01&q=%22peace+talks%22&offset=50&article=a%2Fb';
    const state = readState(search);
    expect(state.filters).toMatchObject({ actor: 'SYR', type: 'CONSULT', since: '2025-10-01', q: '"peace talks"', until: '' });
    expect(state).toMatchObject({ sort: '-date', offset: 50, article: 'a/b' });
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(readState(''))).toBe('');
  });

  test('the API query holds the filters only, plus what the view adds', () => {
    const { filters } = readState('?actor=SYR&offset=50&sort=date');
    expect(apiQuery(filters, { limit: 25 })).toBe('?actor=SYR&limit=25');
    expect(readState('?offset=-3').offset).toBe(0);
  });
});

describe('time axes', () => {
  test.each([
    [0, [0, 1]], [7, [0, 2, 4, 6, 8]], [40, [0, 10, 20, 30, 40]], [1234, [0, 500, 1000, 1500]],
  ])('ticks up to %d', (max, ticks) => expect(niceTicks(max)).toEqual(ticks));

  test('periods between two days, gaps included, and the period chosen for a span', () => {
    expect(periodsBetween('2025-12', '2026-02', 'month')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2025-10-13', '2025-10-27', 'week')).toEqual(['2025-10-13', '2025-10-20', '2025-10-27']);
    expect(periodsBetween('2025-02-27', '2025-03-01', 'day')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    expect(autoPeriod('2025-01-01', '2025-03-01')).toBe('day');
    expect(autoPeriod('2024-01-01', '2025-12-01')).toBe('week');
    expect(autoPeriod('2019-01-01', '2025-12-01')).toBe('month');
    expect(periodLabel('2025-10')).toBe('Oct 2025');
    expect(periodLabel('2025-10-05')).toBe('5 Oct 2025');
  });

  test('the chart keeps the core of the dates: a stray event decades away is left out and counted', () => {
    const day = (period: string, events: number) => ({ period, quadClass: 1, events, goldstein: 0 });
    const points = [day('1994-01-01', 1), ...Array.from({ length: 200 }, (_, i) => day(`2025-01-${String(1 + (i % 28)).padStart(2, '0')}`, 1)).sort((a, b) => a.period.localeCompare(b.period)), day('2030-01-01', 1)];
    const core = coreRange(points);
    expect(core).toMatchObject({ first: '2025-01-01', last: '2025-01-28', outside: 2 });
    expect(coreRange(points.slice(1, 50)).outside).toBe(0);
    expect(coreRange([])).toMatchObject({ points: [], outside: 0 });
  });

  test('a period\'s first and last day, for a click on its bar', () => {
    expect(periodRange('2024-02', 'month')).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodRange('2025-10-13', 'week')).toEqual(['2025-10-13', '2025-10-19']);
    expect(periodRange('2025-10-15', 'day')).toEqual(['2025-10-15', '2025-10-15']);
  });

  test('days regrouped into ISO weeks (by Monday) and months, Goldstein weighted by events', () => {
    expect(periodOf('2025-10-19', 'week')).toBe('2025-10-13');
    expect(periodOf('2025-10-20', 'week')).toBe('2025-10-20');
    const days = [
      { period: '2025-10-13', quadClass: 1, events: 1, goldstein: 1 },
      { period: '2025-10-15', quadClass: 1, events: 3, goldstein: 3 },
      { period: '2025-10-15', quadClass: 4, events: 2, goldstein: -10 },
    ];
    expect(regroup(days, 'week')).toEqual([
      { period: '2025-10-13', quadClass: 1, events: 4, goldstein: 2.5 },
      { period: '2025-10-13', quadClass: 4, events: 2, goldstein: -10 },
    ]);
    expect(regroup(days, 'month').map((p) => p.period)).toEqual(['2025-10', '2025-10']);
  });
});

describe('colours and text', () => {
  test('Goldstein runs from red through grey to green', () => {
    expect(goldsteinColor(-10)).toBe('rgb(165,0,38)');
    expect(goldsteinColor(0)).toBe('rgb(170,170,160)');
    expect(goldsteinColor(10)).toBe('rgb(0,104,55)');
    expect(goldsteinColor(99)).toBe(goldsteinColor(10));
    expect(signed(1.9)).toBe('+1.9');
    expect(signed(-10)).toBe('-10.0');
  });

  test('only web addresses become links', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });

  test('evidence is cut at its trigger and actors, overlaps included', () => {
    const text = 'The two leaders met in Moscow.';
    expect(pieces(text, 100, [['trigger', { start: 116, end: 119 }], ['source', { start: 100, end: 115 }], ['target', { start: 100, end: 115 }]]))
      .toEqual([['The two leaders', ['source', 'target']], [' ', []], ['met', ['trigger']], [' in Moscow.', []]]);
    expect(pieces(text, 100, [['source', null], ['trigger', { start: 90, end: 95 }]])).toEqual([[text, []]]);
  });
});

describe('the map and the network layout', () => {
  test('Equal Earth puts the origin in the middle and keeps north up', () => {
    const { height, project } = fitWorld(1000);
    expect(height).toBe(487);
    expect(project(0, 0).map(Math.round)).toEqual([500, 243]);
    expect(project(0, 60)[1]).toBeLessThan(project(0, 0)[1]);
    expect(equalEarth(180, 0)[0]).toBeCloseTo(2.7066, 3);
  });

  test('the bundled atlas has the world\'s countries', () => {
    const names = countries().map((c) => c.name);
    expect(names.length).toBeGreaterThan(170);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Russia', 'Brazil']));
  });

  test('the layout is deterministic, inside its box, with room between circles', () => {
    const nodes = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, r: 10 }));
    const edges = [{ source: 'A', target: 'B', weight: 5 }, { source: 'B', target: 'C', weight: 1 }];
    const one = forceLayout(nodes, edges, 400, 300);
    expect(forceLayout(nodes, edges, 400, 300)).toEqual(one);
    const points = [...one.values()];
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(30);
      expect(p.x).toBeLessThanOrEqual(370);
    }
    for (const p of points) for (const q of points) if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
  });
});
