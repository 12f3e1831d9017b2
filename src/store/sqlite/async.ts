import type { Store, SyncStore } from '../store.js';
import { openSqliteStore } from './store.js';
import type { SqliteStoreOptions } from './store.js';

/**
 * The SQLite store behind the `Store` interface. better-sqlite3 is synchronous, and fastest so: the store stays
 * synchronous inside, and each method is wrapped once here; a throw becomes a rejected promise.
 */
export function asyncStore(sync: SyncStore): Store {
  return {
    save: async (doc, records) => sync.save(doc, records),
    events: async (query) => sync.events(query),
    counts: async () => sync.counts(),
    hasArticle: async (id) => sync.hasArticle(id),
    close: async () => sync.close(),
    countEvents: async (filter, cap) => sync.countEvents(filter, cap),
    actors: async (query) => sync.actors(query),
    dyads: async (query, by) => sync.dyads(query, by),
    timeline: async (filter, by) => sync.timeline(filter, by),
    places: async (query) => sync.places(query),
    articles: async (query) => sync.articles(query),
    article: async (id) => sync.article(id),
    commit: async (outcomes) => sync.commit(outcomes),
    ingested: async (id) => sync.ingested(id),
    nearDuplicates: async (bands) => sync.nearDuplicates(bands),
    clusterCounts: async (eventIds) => sync.clusterCounts(eventIds),
    clusters: async (eventIds) => sync.clusters(eventIds),
  };
}

/** Open (or create) a SQLite store at `path` (`':memory:'` for a private one) as a `Store`. */
export async function openSqlite(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return asyncStore(openSqliteStore(path, options));
}
