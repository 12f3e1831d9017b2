import { Hono } from 'hono';
import type { Coder } from '../coder/index.js';
import type { Store } from '../store/index.js';
import { ApiError, errorBody, sendError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { readParams } from './params.js';
import { articleRoutes } from './routes/articles.js';
import { eventsRoutes } from './routes/events.js';
import { viewRoutes } from './routes/views.js';
import { serveAsset } from './static.js';
import type { WebAssets } from './static.js';

/** What the app serves, and what it lets clients do. */
export interface AppOptions {
  store: Store;
  /** The token `POST /api/articles` needs; null or empty keeps the server read-only. */
  token?: string | null;
  /** Builds the coder for `POST /api/articles`, on the first such request (loading takes seconds). */
  coder?: (() => Coder) | null;
  /** The built dashboard (`loadWebAssets`); null answers `/` with a note that it is not built. */
  web?: WebAssets;
  /** The largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  version?: string;
  /**
   * The host names requests may be addressed to (the `Host` header, port aside); others get a 421. A server bound to
   * this machine only lists its own names, so a web page cannot reach it through DNS rebinding. Null allows any.
   */
  hosts?: string[] | null;
  /** Told of every unexpected error (a 500), for the operator's log; the client sees no details. */
  onError?: (error: unknown, request: Request) => void;
}

/** 1 MiB: a long article as JSON, with room to spare. */
export const DEFAULT_MAX_BODY = 1024 * 1024;

// The page builds every element from text nodes; this policy stops any script or style the build did not ship.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The annals HTTP app: the JSON API under `/api` and the dashboard at `/`. Test it in-process with
 * `app.request('/api/events?actor=SYR')`; serve it with `@hono/node-server`.
 * @example
 * const app = createApp({ store: await openStore('annals.db'), web: loadWebAssets('dist/web') });
 */
export function createApp(options: AppOptions): Hono {
  const { store, token = null, coder = null, web = null, maxBodyBytes = DEFAULT_MAX_BODY, version = '0.1.0' } = options;
  const onError = options.onError ?? (() => undefined);
  const app = new Hono();
  app.use(async function securityHeaders(c, next) {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', CSP);
  });
  app.onError(sendError(onError));
  const hosts = options.hosts ?? null;
  if (hosts != null) {
    app.use(async function checkHost(c, next) {
      // The server builds the request URL from the Host header.
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!hosts.includes(host)) throw new ApiError(421, `This server answers to ${hosts.join(', ')}, not "${host.slice(0, 60)}"`);
      await next();
    });
  }
  app.notFound((c) => c.json(errorBody(404, `No such endpoint: ${c.req.method} ${c.req.path.slice(0, 100)}`), 404));

  const api = new Hono();
  api.route('/', eventsRoutes(store));
  api.route('/', viewRoutes(store));
  api.route('/', articleRoutes({ store, token, coder, maxBodyBytes }));
  api.get('/stats', async (c) => {
    readParams(c, []);
    return c.json({ ...(await store.counts()), readOnly: token == null || token === '', version });
  });
  const document = openApiDocument(version);
  api.get('/openapi.json', (c) => c.json(document));
  app.route('/api', api);

  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) throw new ApiError(404, `No such endpoint: GET ${c.req.path.slice(0, 100)}`);
    return serveAsset(web, c) ?? c.json(errorBody(404, 'Not found'), 404);
  });
  return app;
}
