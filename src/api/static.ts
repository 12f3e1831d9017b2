import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Context } from 'hono';

/** One built file of the dashboard, held in memory. */
interface Asset {
  body: Uint8Array;
  type: string;
  /** Vite's hashed file names never change content: cache them for good. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** The dashboard's files by URL path, or null when the folder holds no `index.html` (not built). */
export type WebAssets = Map<string, Asset> | null;

function walk(dir: string, root: string, out: Map<string, Asset>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      walk(path, root, out);
      continue;
    }
    const url = `/${relative(root, path).split(sep).join('/')}`;
    out.set(url, {
      body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/'),
    });
  }
}

/**
 * Read the built dashboard (`dist/web/`) into memory once. Only these files are ever served: no request path
 * reaches the file system, so none can climb out of the folder.
 */
export function loadWebAssets(dir: string): WebAssets {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const assets = new Map<string, Asset>();
  walk(dir, dir, assets);
  return assets;
}

/** Answer a request for a dashboard file, or null when there is no such file. */
export function serveAsset(assets: WebAssets, c: Context): Response | null {
  if (assets == null) {
    return c.text('The dashboard is not built: run "npm run build:web" (the API under /api works without it).', 503);
  }
  const path = c.req.path === '/' ? '/index.html' : c.req.path;
  const asset = assets.get(path);
  if (asset == null) return null;
  c.header('Content-Type', asset.type);
  c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.body(asset.body as Uint8Array<ArrayBuffer>);
}
