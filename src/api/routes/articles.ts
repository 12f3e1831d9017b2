import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../../coder/index.js';
import { toArticle } from '../../ingest/index.js';
import type { Store } from '../../store/index.js';
import { requireToken } from '../auth.js';
import { ApiError } from '../errors.js';
import { segments } from '../highlight.js';
import { FILTER_PARAMS, LIMITS, filterParams, intParam, readParams } from '../params.js';

/** What the article routes need: the store, and for `POST` the token, a coder and the body limit. */
export interface ArticleRouteOptions {
  store: Store;
  token: string | null;
  coder: (() => Coder) | null;
  maxBodyBytes: number;
}

async function jsonBody(request: Request): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new ApiError(415, 'Send the article as JSON, with Content-Type: application/json');
  }
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, 'The body is not valid JSON');
  }
}

/** `GET /articles`, `GET /articles/{id}` (text, events and highlight segments) and `POST /articles` (code one). */
export function articleRoutes({ store, token, coder, maxBodyBytes }: ArticleRouteOptions): Hono {
  const app = new Hono();
  let loaded: Coder | null = null;

  app.get('/articles', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'limit', 'offset']);
    const limit = intParam(values, 'limit', 1, LIMITS.aggregateRows, 50);
    const offset = intParam(values, 'offset', 0, LIMITS.maxOffset, 0);
    return c.json({ limit, offset, articles: await store.articles({ ...filterParams(values), limit, offset }) });
  });

  app.get('/articles/:id', async (c) => {
    readParams(c, []);
    const id = c.req.param('id');
    if (id.length > LIMITS.idChars) throw new ApiError(400, `An article id has at most ${LIMITS.idChars} characters`);
    const article = await store.article(id);
    if (article == null) throw new ApiError(404, `No article with id "${id.slice(0, 80)}"`);
    const { records, ...rest } = article;
    return c.json({ article: rest, events: records, segments: segments(article.text, records) });
  });

  const tooLarge = (): never => {
    throw new ApiError(413, `The body is larger than ${maxBodyBytes} bytes`);
  };
  app.post('/articles', requireToken(token), bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge }), async (c) => {
    readParams(c, []);
    if (coder == null) throw new ApiError(501, 'This server has no coder: articles cannot be coded here');
    const item = toArticle(await jsonBody(c.req.raw), 'api', { maxBytes: maxBodyBytes });
    if (!item.ok) throw new ApiError(400, `The article cannot be coded: ${item.reason}`);
    loaded ??= coder();
    const { doc, records } = loaded.code(item.article);
    const saved = await store.save(doc, records);
    return c.json({ saved, events: records }, saved.status === 'inserted' ? 201 : 200);
  });
  return app;
}
