// A store and app over the store fixtures, for the API tests. Not used by shipped code.
import type { Hono } from 'hono';
import type { Coder } from '../coder/index.js';
import type { EventRecord } from '../model/index.js';
import { codedDocument, fixture } from '../store/fixtures.test-helpers.js';
import { asyncStore, openSqliteStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import type { AppOptions } from './app.js';

/**
 * Article `a` with the four fixture events and `b` with the first two: six events, four of them in Moscow. Filled
 * synchronously (SQLite), so an app over it is ready when a test file's `describe` builds it.
 */
export function fixtureStore(): Store {
  const store = openSqliteStore(':memory:');
  const one = fixture({ id: 'a' });
  store.save(one.doc, one.records);
  const two = fixture({ id: 'b', published: '2026-01-27', title: 'Sharaa <script>alert(1)</script> in Moscow' });
  store.save(codedDocument(two.article, two.records.slice(0, 2)), two.records.slice(0, 2));
  return asyncStore(store);
}

/** A coder that codes any article into the fixture's records, without loading dictionaries. */
export function fakeCoder(): Coder {
  return {
    code(article) {
      const records: EventRecord[] = fixture({ ...article }).records
        .filter((r) => article.text.includes(r.evidence.text))
        .map((r) => ({ ...r, article: { id: article.id, url: article.url, title: article.title, published: article.published, source: article.source } }));
      return { doc: codedDocument(article, records, []), records };
    },
  } as Coder;
}

// JSON answers are read loosely in tests: each test states the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The app over the fixture store; `call` sends a request in-process and reads the JSON answer. */
export function fixtureApp(options: Partial<AppOptions> = {}): {
  app: Hono; store: Store; call: (path: string, init?: RequestInit) => Promise<{ status: number; body: Json; headers: Headers }>;
} {
  const store = options.store ?? fixtureStore();
  const app = createApp({ store, coder: fakeCoder, ...options });
  const call = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    const text = await response.text();
    let body: Json = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers };
  };
  return { app, store, call };
}
