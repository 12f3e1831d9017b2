import type { Store } from './store.js';

/** Options every backend takes. */
export interface StoreOptions {
  /** Written with every article saved (`articles.coder_version`). */
  coderVersion?: string;
  /** The clock `coded_at` and the ingest log are read from; tests pass a fixed one. */
  now?: () => Date;
}

const POSTGRES = /^postgres(?:ql)?:\/\//i;

/** Whether a `--db` value names a PostgreSQL database (`postgres://` or `postgresql://`) rather than a file. */
export function isPostgresUrl(location: string): boolean {
  return POSTGRES.test(location);
}

/** A location fit for messages: a URL without its password. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL database';
  }
}

/**
 * Open a store: PostgreSQL for a `postgres://` or `postgresql://` URL, else SQLite at the file path (created when
 * missing; `':memory:'` for a private one). The schema is brought up to date on open.
 * @example
 * const store = await openStore('postgres://annals@db.example.org/annals');
 * await store.save(doc, records);
 * await store.close();
 */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  // Each backend is loaded only when used: a SQLite user never loads pg, nor the reverse.
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(location, options);
  }
  const { openSqlite } = await import('./sqlite/async.js');
  return openSqlite(location, options);
}
