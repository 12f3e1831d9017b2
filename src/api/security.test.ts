import { describe, expect, test } from 'vitest';
import { fixtureApp, fixtureStore } from './api.test-helpers.js';

describe('what every answer carries', () => {
  test('security headers on the API and the page', async () => {
    const { app } = fixtureApp({ web: new Map([['/index.html', { body: new TextEncoder().encode('<!doctype html>'), type: 'text/html; charset=utf-8', immutable: false }]]) });
    for (const path of ['/', '/api/events']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    }
  });

  test('unknown paths and methods are JSON 404s; the dashboard, unbuilt, says how to build it', async () => {
    const { call } = fixtureApp();
    expect((await call('/api/nothing')).body.error.status).toBe(404);
    expect((await call('/api/events', { method: 'DELETE' })).status).toBe(404);
    expect((await call('/../../etc/passwd')).status).toBe(503);
    const page = await call('/');
    expect(page.status).toBe(503);
    expect(page.body).toMatch(/npm run build:web/);
  });

  test('only the built files are served: no path reaches the file system', async () => {
    const web = new Map([['/index.html', { body: new TextEncoder().encode('<!doctype html>'), type: 'text/html; charset=utf-8', immutable: false }]]);
    const { call } = fixtureApp({ web });
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/../../src/api/app.ts']) {
      expect((await call(path)).status).toBe(404);
    }
  });

  test('a server for this machine only answers requests addressed to it (no DNS rebinding)', async () => {
    const { app } = fixtureApp({ hosts: ['127.0.0.1', 'localhost'] });
    expect((await app.request('http://localhost:8080/api/stats')).status).toBe(200);
    expect((await app.request('http://127.0.0.1/api/stats')).status).toBe(200);
    const rebound = await app.request('http://evil.example:8080/api/stats');
    expect(rebound.status).toBe(421);
    expect(await rebound.json()).toMatchObject({ error: { message: expect.stringMatching(/evil\.example/) } });
  });

  test('an unexpected failure is a 500 without details, reported to the operator', async () => {
    const reported: string[] = [];
    const store = fixtureStore();
    const { call } = fixtureApp({
      store: { ...store, actors: async () => { throw new Error('disk on fire at /var/db'); } },
      onError: (error, request) => reported.push(`${new URL(request.url).pathname}: ${(error as Error).message}`),
    });
    const { status, body } = await call('/api/actors');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/disk|var/);
    expect(reported).toEqual(['/api/actors: disk on fire at /var/db']);
  });

  test('text from articles is sent as JSON data, never as markup', async () => {
    const { app } = fixtureApp();
    const response = await app.request('/api/articles');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json() as { articles: { title: string }[] };
    expect(body.articles[0]!.title).toBe('Sharaa <script>alert(1)</script> in Moscow');
  });
});
