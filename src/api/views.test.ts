import { describe, expect, test } from 'vitest';
import { fixtureApp } from './api.test-helpers.js';

describe('aggregate endpoints', () => {
  const { call } = fixtureApp();

  test('GET /api/actors: codes with their events, filtered and limited', async () => {
    const { status, body } = await call('/api/actors');
    expect(status).toBe(200);
    expect(body.actors.map((a: { code: string; events: number }) => [a.code, a.events])).toEqual([
      ['RUSGOV', 4], ['SYRGOV', 4], ['RUS', 1], ['SYR', 1],
    ]);
    expect(body.actors[1]).toEqual({ code: 'SYRGOV', country: 'SYR', events: 4, asSource: 4, asTarget: 0, goldstein: 1.45, names: ['Ahmed al-Sharaa'] });
    expect((await call('/api/actors?type=AID&limit=1')).body.actors.map((a: { code: string }) => a.code)).toEqual(['RUS']);
  });

  test('GET /api/dyads: overall, and per day, week or month', async () => {
    expect((await call('/api/dyads')).body).toEqual({
      by: null,
      dyads: [
        { period: null, source: 'SYRGOV', target: 'RUSGOV', events: 4, goldstein: 1.45 },
        { period: null, source: 'RUS', target: 'SYR', events: 1, goldstein: 7 },
      ],
    });
    const months = (await call('/api/dyads?by=month&actor=SYRGOV')).body;
    expect(months.dyads.map((d: { period: string; events: number }) => [d.period, d.events])).toEqual([['2025-10', 2], ['2026-01', 2]]);
    expect((await call('/api/dyads?by=week&since=2026')).body.dyads[0].period).toBe('2026-01-26');
    expect((await call('/api/dyads?by=day&q=asylum')).body.dyads).toEqual([{ period: '2024-12-01', source: 'RUS', target: 'SYR', events: 1, goldstein: 7 }]);
  });

  test('GET /api/timeline: dated events per period and QuadClass', async () => {
    expect((await call('/api/timeline')).body).toEqual({
      by: 'day', truncated: false,
      points: [
        { period: '2024-12-01', quadClass: 2, events: 1, goldstein: 7 },
        { period: '2025-10-15', quadClass: 1, events: 2, goldstein: 1 },
        { period: '2026-01-28', quadClass: 1, events: 2, goldstein: 1.9 },
      ],
    });
    expect((await call('/api/timeline?by=month&quadClass=1')).body.points.map((p: { period: string }) => p.period)).toEqual(['2025-10', '2026-01']);
  });

  test('GET /api/places: located events per place', async () => {
    expect((await call('/api/places')).body.places).toEqual([
      { name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, events: 4, goldstein: 1.45 },
    ]);
    expect((await call('/api/places?bbox=-10,30,10,60')).body.places).toEqual([]);
  });

  test.each([
    ['/api/dyads?by=year', /by.*day, week, month/],
    ['/api/timeline?by=hour', /by/],
    ['/api/timeline?limit=5', /Unknown parameter "limit"/],
    ['/api/actors?limit=1001', /limit.*1 to 1000/],
    ['/api/dyads?by=month&limit=5001', /limit.*1 to 5000/],
    ['/api/places?since=yesterday', /since/],
    ['/api/actors?sort=-date', /Unknown parameter "sort"/],
  ])('%s is a 400', async (path, reason) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(reason);
  });

  test('GET /api/stats: counts, and whether articles are accepted', async () => {
    expect((await call('/api/stats')).body).toEqual({ articles: 2, events: 6, actors: 4, readOnly: true, version: '0.1.0' });
    expect((await fixtureApp({ token: 'secret' }).call('/api/stats')).body.readOnly).toBe(false);
  });

  test('GET /api/openapi.json: an OpenAPI 3 document naming every endpoint and filter', async () => {
    const { body } = await call('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/api/events', '/api/actors', '/api/dyads', '/api/timeline', '/api/places', '/api/articles', '/api/articles/{id}', '/api/stats',
    ]));
    expect(Object.keys(body.components.parameters)).toEqual(expect.arrayContaining(['actor', 'type', 'cameo', 'quadClass', 'status', 'since', 'until', 'bbox', 'q', 'limit', 'offset', 'sort', 'by']));
    const refs = JSON.stringify(body).match(/#\/components\/(schemas|parameters)\/\w+/g) ?? [];
    for (const ref of refs) {
      const [, , kind, name] = ref.split('/');
      expect(body.components[kind as 'schemas'][name as string], ref).toBeDefined();
    }
  });
});
