import { describe, expect, test } from 'vitest';
import { fixture, fixtureArticle } from '../store/fixtures.test-helpers.js';
import { fixtureApp } from './api.test-helpers.js';

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('articles', () => {
  test('GET /api/articles: newest first with event counts, filtered', async () => {
    const { call } = fixtureApp();
    const { body } = await call('/api/articles');
    expect(body.articles.map((a: { id: string; events: number }) => [a.id, a.events])).toEqual([['b', 2], ['a', 4]]);
    expect((await call('/api/articles?type=AID')).body.articles.map((a: { id: string }) => a.id)).toEqual(['a']);
    expect((await call('/api/articles?limit=1&offset=1')).body).toMatchObject({ limit: 1, offset: 1, articles: [{ id: 'a' }] });
  });

  test('GET /api/articles/{id}: text, events in text order, segments that tile the text', async () => {
    const { call } = fixtureApp();
    const { status, body } = await call('/api/articles/a');
    expect(status).toBe(200);
    expect(body.article).toMatchObject({ id: 'a', title: 'Syrian president to visit Moscow', events: 4 });
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(['a#0', 'a#1', 'a#2', 'a#3']);
    const text: string = body.article.text;
    const segments = body.segments as { start: number; end: number; events: number[]; roles: string[] }[];
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(text.length);
    segments.slice(1).forEach((s, i) => expect(s.start).toBe(segments[i]!.end));
    const marked = (role: string) => segments.filter((s) => s.roles.includes(role)).map((s) => text.slice(s.start, s.end));
    expect(marked('trigger')).toEqual(['travel', 'met', 'granted asylum', 'agree']);
    expect(marked('source')).toContain('Ahmed al-Sharaa');
    expect(marked('target')).toContain('Bashar al-Assad');
  });

  test('an article id with slashes and odd characters is found; an unknown one is a 404', async () => {
    const { call, store } = fixtureApp();
    const odd = fixture({ id: 'https://example.org/a b?c=d&e' });
    await store.save(odd.doc, odd.records);
    const found = await call(`/api/articles/${encodeURIComponent('https://example.org/a b?c=d&e')}`);
    expect(found.status).toBe(200);
    expect(found.body.article.id).toBe('https://example.org/a b?c=d&e');
    expect((await call('/api/articles/missing')).status).toBe(404);
    expect((await call(`/api/articles/${encodeURIComponent("x' OR '1'='1")}`)).status).toBe(404);
    expect((await call(`/api/articles/${'x'.repeat(600)}`)).status).toBe(400);
  });

  test('POST /api/articles is refused on a read-only server', async () => {
    const { call, store } = fixtureApp();
    const { status, body } = await call('/api/articles', post({ text: 'Russia granted asylum to Bashar al-Assad.' }));
    expect(status).toBe(403);
    expect(body.error.message).toMatch(/read-only.*--token/);
    expect((await store.counts()).articles).toBe(2);
  });

  test('POST /api/articles needs the right token', async () => {
    const { call } = fixtureApp({ token: 'secret' });
    expect((await call('/api/articles', post({ text: 'x' }))).status).toBe(401);
    const wrong = await call('/api/articles', post({ text: 'x' }, { authorization: 'Bearer wrong' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/Bearer/);
  });

  test('POST /api/articles codes and stores an article; again, it is unchanged', async () => {
    const { call, store } = fixtureApp({ token: 'secret' });
    const auth = { authorization: 'Bearer secret' };
    const { id, url, title, published, source, text } = fixtureArticle({ id: 'posted' });
    const first = await call('/api/articles', post({ id, url, title, published, source, text }, auth));
    expect(first.status).toBe(201);
    expect(first.body.saved).toEqual({ article: 'posted', status: 'inserted', events: 4 });
    expect(first.body.events).toHaveLength(4);
    expect(await store.hasArticle('posted')).toBe(true);
    const again = await call('/api/articles', post({ id, url, title, published, source, text }, auth));
    expect(again.status).toBe(200);
    expect(again.body.saved.status).toBe('unchanged');
  });

  test.each([
    ['no text', post({ title: 'nothing' }, { authorization: 'Bearer secret' }), 400, /text/],
    ['a bad date', post({ text: 'x', published: 'soon' }, { authorization: 'Bearer secret' }), 400, /date|published/],
    ['not JSON', post('{"text":', { authorization: 'Bearer secret' }), 400, /not valid JSON/],
    ['not an object', post('[1, 2]', { authorization: 'Bearer secret' }), 400, /not an object/],
    ['another content type', { ...post({ text: 'x' }, { authorization: 'Bearer secret' }), headers: { authorization: 'Bearer secret', 'content-type': 'text/plain' } }, 415, /JSON/],
    ['a body over the limit', post({ text: 'word '.repeat(400) }, { authorization: 'Bearer secret' }), 413, /larger than 1000 bytes/],
  ] as const)('POST /api/articles with %s is refused', async (_label, init, status, reason) => {
    const { call, store } = fixtureApp({ token: 'secret', maxBodyBytes: 1000 });
    const answer = await call('/api/articles', init as RequestInit);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toMatch(reason);
    expect((await store.counts()).articles).toBe(2);
  });
});
