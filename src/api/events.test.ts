import { describe, expect, test } from 'vitest';
import { fixtureApp, fixtureStore } from './api.test-helpers.js';

describe('GET /api/events', () => {
  const { store, call } = fixtureApp();
  const ids = async (query: string): Promise<string[]> => {
    const { status, body } = await call(`/api/events${query}`);
    expect(status).toBe(200);
    return body.events.map((e: { id: string }) => e.id);
  };

  test('a page of events, newest first, with the total', async () => {
    const { body, headers } = await call('/api/events');
    expect(body).toMatchObject({ total: 6, totalCapped: false, limit: 50, offset: 0, sort: '-date' });
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(['b#0', 'a#0', 'b#1', 'a#1', 'a#2', 'a#3']);
    expect(body.events[0]).toEqual((await store.events({ article: 'b' })).find((r) => r.id === 'b#0'));
    expect(headers.get('content-type')).toMatch(/application\/json/);
  });

  test('the total stops at 1,000 and says so', async () => {
    const store = fixtureStore();
    const { call } = fixtureApp({ store: { ...store, countEvents: async (_filter, cap) => Math.min(cap ?? Infinity, 5000) } });
    expect((await call('/api/events?actor=SYR')).body).toMatchObject({ total: 1000, totalCapped: true });
  });

  test.each([
    ['?actor=SYR', ['b#0', 'a#0', 'b#1', 'a#1', 'a#2']],
    ['?actor=syrgov', ['b#0', 'a#0', 'b#1', 'a#1']],
    ['?type=aid', ['a#2']],
    ['?cameo=04', ['b#0', 'a#0', 'b#1', 'a#1']],
    ['?cameo=042', ['b#0', 'a#0']],
    ['?quadClass=2', ['a#2']],
    ['?status=hypothetical', ['a#3']],
    ['?since=2025-10&until=2025-12-31', ['b#1', 'a#1']],
    ['?since=2026', ['b#0', 'a#0']],
    ['?bbox=37,55,38,56', ['b#0', 'a#0', 'b#1', 'a#1']],
    ['?bbox=170,-90,40,90', ['b#0', 'a#0', 'b#1', 'a#1']],
    ['?q=asylum', ['a#2']],
    ['?q=%22two%20leaders%22', ['b#1', 'a#1']],
    ['?q=analy*', ['a#3']],
    ['?sort=date', ['a#2', 'a#1', 'b#1', 'a#0', 'b#0', 'a#3']],
    ['?sort=-goldstein&limit=2', ['a#2', 'a#3']],
    ['?limit=2&offset=2', ['b#1', 'a#1']],
    ['?actor=RUS&type=CONSULT&status=occurred', ['b#1', 'a#1']],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  test.each([
    ['?actor=SY-R', /actor.*CAMEO actor code/],
    ['?actor=', /actor/],
    ['?type=CON SULT', /type/],
    ['?cameo=4x', /cameo/],
    ['?quadClass=5', /quadClass.*1 to 4/],
    ['?quadClass=1.5', /quadClass/],
    ['?status=done', /status.*occurred, planned/],
    ['?since=last%20week', /since.*YYYY/],
    ['?since=2025-02-30', /since/],
    ['?until=2025-13', /until/],
    ['?since=2026&until=2025', /since.*after.*until/],
    ['?bbox=1,2,3', /bbox/],
    ['?bbox=0,60,10,50', /bbox/],
    ['?bbox=0,0,200,10', /bbox/],
    ['?bbox=a,b,c,d', /bbox/],
    ['?q=***', /no words/],
    [`?q=${'word '.repeat(50)}`, /at most 200/],
    ['?limit=0', /limit.*1 to 500/],
    ['?limit=501', /limit/],
    ['?limit=-1', /limit/],
    ['?offset=100001', /offset/],
    ['?sort=id', /sort.*-date/],
    ['?color=red', /Unknown parameter "color"/],
    ['?actor=SYR&actor=RUS', /given 2 times/],
  ])('%s is a 400 with a reason', async (query, reason) => {
    const { status, body } = await call(`/api/events${query}`);
    expect(status).toBe(400);
    expect(body.error.status).toBe(400);
    expect(body.error.message).toMatch(reason);
  });

  test.each([
    "?actor=SYR'%20OR%201=1--",
    '?type=CONSULT%27)%3B%20DROP%20TABLE%20events%3B--',
    '?cameo=0%27%20OR%20%271%27=%271',
    '?since=2025%27%20OR%201=1--',
    '?bbox=0,0,10,10)%20OR%20(1=1',
    '?sort=date;%20DROP%20TABLE%20events',
  ])('an injection attempt %s is refused and changes nothing', async (query) => {
    const { status } = await call(`/api/events${query}`);
    expect(status).toBe(400);
    expect(await store.counts()).toEqual({ articles: 2, events: 6, actors: 4 });
  });

  test.each([
    ['a quote and SQL in a search', '?q=%27%20OR%201=1%20--', []],
    ['FTS5 operators in a search', '?q=asylum%20OR%20NEAR(talks)', []],
    ['a column filter in a search', '?q=evidence_text:asylum', []],
    ['a quote left open', '?q=%22asylum', ['a#2']],
  ])('%s is searched as words, never as syntax', async (_label, query, expected) => {
    expect(await ids(query)).toEqual(expected);
    expect((await store.counts()).events).toBe(6);
  });
});
