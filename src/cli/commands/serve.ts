import { serve } from '@hono/node-server';
import { createApp, DEFAULT_MAX_BODY, loadWebAssets } from '../../api/index.js';
import { createCoder } from '../../coder/index.js';
import { parse, UsageError } from '../args.js';
import { warn } from '../io.js';
import { describeLocation } from '../../store/index.js';
import { DB_HELP, openDatabase } from './database.js';

/** The help of `annals serve`. */
export const SERVE_HELP = `Usage: annals serve [options]

Serve the HTTP API (under /api, described at /api/openapi.json) and the dashboard (at /) over a database.

Options:
  ${DB_HELP}
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to bind (default 127.0.0.1: this machine only)
  --token TOKEN      accept POST /api/articles with Authorization: Bearer TOKEN (default: env ANNALS_TOKEN);
                     without a token the server is read-only
  --max-body BYTES   largest request body accepted (default ${DEFAULT_MAX_BODY})

Example:
  annals serve --db news.db --port 8080`;

// dist/cli/commands/serve.js and src/cli/commands/serve.ts both sit three folders below the package root.
const WEB_DIR = new URL('../../../dist/web/', import.meta.url).pathname;

function port(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be a port number 0 to 65535, not "${value}"`);
  return n;
}

/** `annals serve`: the API and the dashboard over one database, until interrupted. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, 'max-body': { type: 'string' },
  });
  if (values.help) {
    console.log(SERVE_HELP);
    return 0;
  }
  const maxBodyBytes = values['max-body'] === undefined ? DEFAULT_MAX_BODY : Number(values['max-body']);
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new UsageError('--max-body must be a positive whole number');
  const host = values.host ?? '127.0.0.1';
  const token = values.token ?? process.env.ANNALS_TOKEN ?? null;
  const db = values.db ?? 'annals.db';
  const store = await openDatabase(db, true);
  if (store == null) return 1;
  const web = loadWebAssets(WEB_DIR);
  if (web == null) warn(`annals: the dashboard is not built (no ${WEB_DIR}index.html): run npm run build:web; serving the API only`);
  const onError = (error: unknown, request: Request): void =>
    warn(`annals: ${request.method} ${request.url}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host);
  const hosts = loopback ? ['127.0.0.1', 'localhost', '[::1]'] : null;
  const app = createApp({ store, token, coder: () => createCoder(), web, maxBodyBytes, onError, hosts });
  const server = serve({ fetch: app.fetch, hostname: host, port: port(values.port) }, (info) => {
    const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    warn(`annals: serving ${describeLocation(db)} at http://${shown}:${info.port}/ (${token ? 'accepting articles with the token' : 'read-only'}); Ctrl-C stops`);
    if (token && !loopback) {
      warn('annals: the token travels in clear over plain HTTP: put a TLS proxy in front before exposing this server');
    }
  });
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => {
        void store.close().finally(resolve);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
