import { actorsOf } from '../actors.js';
import type { StoreOptions } from '../open.js';
import { recordFrom } from '../sqlite/rows.js';
import type { StoredEventRow } from '../sqlite/rows.js';
import type { CommitResult } from '../ingest.js';
import type { SaveResult, Store } from '../store.js';
import { createPool, rowsOf, transaction } from './db.js';
import { actorIdsOf } from './filter.js';
import { actorIds, pruneActors } from './actors.js';
import { postgresIngest } from './ingest.js';
import { migrate } from './migrations.js';
import { foldPairs, pairFolder } from './pairs.js';
import { monthPartitions } from './partitions.js';
import { eventsSql } from './query.js';
import { prepareSave, saveWithin } from './save.js';
import { postgresViews } from './views.js';

/** Options for the PostgreSQL store: those of every store, and the size of its pool of connections. */
export interface PostgresStoreOptions extends StoreOptions {
  /** Connections the store may hold open at once; default 8. */
  connections?: number;
  /** Fold the pair totals (pairs.ts) after every this many events the store writes; default 5,000. */
  foldEvery?: number;
}

// Events a store writes between two folds of the pair totals. The top pairs read what changed since the last fold
// (tens of milliseconds for 5,000 changed pairs), and a fold holds the rows it takes until it commits (writers adding
// to them wait that long): a few thousand keep both short.
const FOLD_EVERY = 5_000;

/**
 * Open a PostgreSQL store at a `postgres://` URL: the schema is brought up to date (once, whoever opens it first),
 * the month partitions of this month and the next are made ahead, and every method runs on a pool of connections.
 * Any number of processes, on any number of machines, may hold the same store open and write to it at once.
 * @example
 * const store = await openPostgresStore('postgres://annals@db.example.org/annals');
 * await store.save(doc, records);
 * await store.close();
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = createPool(url, options.connections);
  // An idle connection that fails (a server restart) is dropped from the pool; the next query opens a new one.
  pool.on('error', () => undefined);
  let partitions;
  try {
    await migrate(pool);
    partitions = await monthPartitions(pool);
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
    await partitions.ensure([today, next]);
    // What stores that stopped without closing left unfolded.
    await foldPairs(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  const coderVersion = options.coderVersion ?? null;

  const ingest = postgresIngest(pool, partitions, { now, coderVersion });
  const folder = pairFolder(pool, options.foldEvery ?? FOLD_EVERY);
  const changed = (status: CommitResult['status']): boolean => status === 'inserted' || status === 'updated';

  return {
    ...postgresViews(pool),
    ...ingest,
    async commit(outcomes) {
      const results = await ingest.commit(outcomes);
      await folder.wrote(results.reduce((sum, r) => sum + (changed(r.status) ? r.events : 0), 0));
      return results;
    },
    async save(doc, records) {
      const prepared = prepareSave(doc, records);
      let status: SaveResult['status'];
      try {
        await partitions.ensure(prepared.days);
        const saved = await transaction(pool, async (client) =>
          saveWithin(client, prepared, await actorIds(client, actorsOf(records)), now().toISOString(), coderVersion));
        if (saved.stale.length > 0) await transaction(pool, (client) => pruneActors(client, saved.stale));
        status = saved.status;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Cannot store article "${doc.article.id}": ${reason}`, { cause: error });
      }
      if (changed(status)) await folder.wrote(records.length);
      return { article: doc.article.id, status, events: records.length };
    },
    async events(query) {
      const { text, params } = eventsSql(query, query?.actor == null ? null : await actorIdsOf(pool, query.actor));
      return ((await rowsOf(pool, text, params)) as StoredEventRow[]).map(recordFrom);
    },
    async counts() {
      // Articles and events are counted by the rollup triggers: a count(*) of a billion rows takes minutes.
      const [[articles, events, actors]] = await rowsOf(pool, `SELECT coalesce(sum(articles), 0), coalesce(sum(events), 0),
        (SELECT count(*) FROM actors) FROM rollup_totals`) as [[number, number, number]];
      return { articles, events, actors };
    },
    async hasArticle(id) {
      return (await rowsOf(pool, 'SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
    },
    async close() {
      try {
        await foldPairs(pool);
      } finally {
        await pool.end();
      }
    },
  };
}
