// A local HTTP server for tests: routes by path, every request recorded. Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: answers one request; may be async (slow servers). */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A running test server. */
export interface TestServer {
  url(path: string): string;
  /** Requests seen, in order: path and user agent. */
  requests: { path: string; userAgent: string | undefined }[];
  /** Add or replace a route. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Start a server on a free port of 127.0.0.1. Unknown paths answer 404. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, userAgent: req.headers['user-agent'] });
    const handler = table.get(path);
    if (handler == null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A handler sending a body with a content type. */
export const send = (type: string, body: string | Buffer, status = 200, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers }).end(body);
  };

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** An RSS 2.0 feed of items, each with a title, link, date and (optional) description. */
export function rss(title: string, items: { title: string; link: string; date: string; text?: string }[]): string {
  const entries = items.map((item) => `<item><title>${item.title}</title><link>${item.link}</link>`
    + `<pubDate>${item.date}</pubDate>${item.text == null ? '' : `<description>${item.text}</description>`}</item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title>`
    + `<link>http://127.0.0.1/</link>${entries.join('')}</channel></rss>`;
}

/** A news page with a title, a date and paragraphs. */
export function page(title: string, date: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:site_name" content="Test Daily">`
    + `<meta property="article:published_time" content="${date}"></head><body><nav>Home | World</nav><article>`
    + `<h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>(c) Test Daily</footer></body></html>`;
}
