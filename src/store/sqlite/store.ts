import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { AnnalsDocument, EventRecord } from '../../model/index.js';
import { actorKey, actorsOf } from '../actors.js';
import { contentHash } from '../content-hash.js';
import type { SaveResult, SyncStore as Store } from '../store.js';
import { checkRecords } from '../validate.js';
import { withMemoryJournals } from './journal.js';
import { migrate } from './migrations.js';
import { eventsSql } from './query.js';
import {
  EVENT_COLUMNS, EVIDENCE_TEXT, SOURCE_ACTOR, TARGET_ACTOR, eventValues, messageValues, recordFrom,
} from './rows.js';
import type { StoredEventRow, Value } from './rows.js';
import { prepareRollups, rollupSource } from './rollups.js';
import { prepareStatements } from './statements.js';
import { sqliteViews } from './views.js';
import { sqliteIngest } from './ingest.js';

/** Options for the SQLite store. */
export interface SqliteStoreOptions {
  /** Written to `articles.coder_version` with every article saved. */
  coderVersion?: string;
  /** The clock `coded_at` is read from; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * SQLite's page cache for one connection, in KiB: up to this much resident memory per open store. Committing
 * 10,000 VOA articles in groups of 512 wrote 5,084 MB to disk with the default 2 MB, 2,275 MB with 32 MiB and 1,375
 * MB with 64 MiB; CPU per article 2.76, 1.96 and 1.72-2.28 ms. 32 MiB, not 64: the one-core bench's peak RSS was
 * 395 MB with 64, against a 400 MB target.
 */
const CACHE_KIB = 32 * 1024;

/** A save, flattened and hashed before its transaction starts. */
interface Prepared {
  doc: AnnalsDocument;
  records: readonly EventRecord[];
  eventRows: Value[][];
  messageRows: Value[][];
  hash: string;
}

/**
 * Open (or create) an embedded SQLite store at `path`; `':memory:'` gives a private in-memory one.
 * The schema is brought up to date on open.
 * @example
 * const store = openSqliteStore('annals.db');
 * store.save(doc, records);
 * store.events({ actor: 'SYR', since: '2025-10' });
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoints are where WAL mode syncs to disk; one every ~40 MB of WAL instead of ~4 MB doubles the save rate.
    db.pragma('wal_autocheckpoint = 10000');
    // A page cache of 32 MiB instead of SQLite's 2 MB: an event changes a page in each of its ten indexes, and a
    // transaction that dirties more pages than the cache holds spills them to the WAL before it commits, again and
    // again. See CACHE_KIB.
    db.pragma(`cache_size = -${CACHE_KIB}`);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  const coderVersion = options.coderVersion ?? null;
  const sql = prepareStatements(db, EVENT_COLUMNS);
  const queries = new Map<string, Statement>();
  const rollups = prepareRollups(db);

  function write({ doc, records, eventRows, messageRows, hash }: Prepared): SaveResult['status'] {
    const a = doc.article;
    const stored = sql.articleHash.get(a.id) as string | undefined;
    if (stored === hash) return 'unchanged';
    const stale = stored == null ? [] : sql.actorsOfArticle.all(a.id, a.id) as number[];
    const articleRow = [a.url, a.title, a.published, a.source, a.byline ?? null, a.text, hash, now().toISOString(), coderVersion, a.id];
    if (stored == null) {
      sql.insertArticle.run(articleRow);
    } else {
      rollups.removeArticle(a.id);
      sql.unindexArticle.run(a.id);
      sql.deleteEvents.run(a.id);
      sql.deleteMessages.run(a.id);
      sql.updateArticle.run(articleRow);
    }
    const ids = new Map<string, number>();
    for (const [key, actor] of actorsOf(records)) {
      sql.upsertActor.run(actor.code, actor.name, actor.country, actor.firstSeen);
      ids.set(key, sql.actorId.get(actor.code, actor.name) as number);
    }
    const idOf = (actor: EventRecord['source']): number | null => {
      const key = actorKey(actor);
      return key == null ? null : ids.get(key) ?? null;
    };
    records.forEach((r, seq) => {
      const row = eventRows[seq] as Value[];
      row[SOURCE_ACTOR] = idOf(r.source);
      row[TARGET_ACTOR] = idOf(r.target);
      sql.indexEvidence.run(sql.insertEvent.run(row).lastInsertRowid, row[EVIDENCE_TEXT]);
    });
    rollups.add(eventRows.map(rollupSource));
    messageRows.forEach((row, seq) => sql.insertMessage.run(a.id, seq, ...row));
    for (const id of stale) {
      if (sql.dropOrphanActor.run(id, id, id).changes === 0) sql.refreshActor.run({ id });
    }
    return stored == null ? 'inserted' : 'updated';
  }
  const transaction = db.transaction(write);
  const inMemoryJournals = withMemoryJournals(db);

  /** Check and flatten a save before any transaction starts; a failure names the article. */
  function prepare(doc: AnnalsDocument, records: readonly EventRecord[]): Prepared {
    checkRecords(doc.article, records);
    const eventRows = records.map(eventValues);
    const messageRows = doc.messages.map(messageValues);
    return { doc, records, eventRows, messageRows, hash: contentHash(doc.article, eventRows, messageRows) };
  }
  /** Run a write, naming the article in its error. */
  function saving(doc: AnnalsDocument, records: readonly EventRecord[], run: () => SaveResult['status']): SaveResult {
    try {
      return { article: doc.article.id, status: run(), events: records.length };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot store article "${doc.article.id}": ${reason}`, { cause: error });
    }
  }

  const { listing, ...views } = sqliteViews(db);
  // A commit's articles are saved inside its transaction, which undoes them if one fails.
  const saveWithin = (doc: AnnalsDocument, records: readonly EventRecord[]): SaveResult => {
    const prepared = prepare(doc, records);
    return saving(doc, records, () => write(prepared));
  };
  const store: Store = {
    ...views,
    ...sqliteIngest(db, saveWithin, now, inMemoryJournals, rollups),
    save(doc, records) {
      const prepared = prepare(doc, records);
      return saving(doc, records, () => inMemoryJournals(() => transaction.immediate(prepared)));
    },
    events(query) {
      const plan = query == null ? null : listing(query);
      const { text, params } = eventsSql(query, plan?.walk === true, plan?.within ?? null);
      let statement = queries.get(text);
      if (statement == null) {
        statement = db.prepare(text).raw();
        queries.set(text, statement);
      }
      return (statement.all(params) as StoredEventRow[]).map(recordFrom);
    },
    counts() {
      return sql.counts.get() as { articles: number; events: number; actors: number };
    },
    hasArticle(id) {
      return sql.hasArticle.get(id) != null;
    },
    close() {
      db.close();
    },
  };
  return store;
}
