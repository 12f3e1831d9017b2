import type { AnnalsDocument, EventRecord } from '../../model/index.js';
import { actorKey } from '../actors.js';
import { contentHash } from '../content-hash.js';
import { EVENT_COLUMNS, SOURCE_ACTOR, TARGET_ACTOR, eventValues, messageValues } from '../sqlite/rows.js';
import type { Value } from '../sqlite/rows.js';
import type { SaveResult } from '../store.js';
import { checkRecords } from '../validate.js';
import type { Client } from './db.js';

/** A save, checked, flattened and hashed before its transaction starts. */
export interface PreparedSave {
  doc: AnnalsDocument;
  records: readonly EventRecord[];
  eventRows: Value[][];
  messageRows: Value[][];
  hash: string;
  /** The day of each event (`date_key`), for the partitions it needs. */
  days: (string | null)[];
}

const DATE_KEY = EVENT_COLUMNS.indexOf('date_key');

/** Check and flatten a save: the rows are those of the SQLite store, so both hash a save alike. Throws on a bad record. */
export function prepareSave(doc: AnnalsDocument, records: readonly EventRecord[]): PreparedSave {
  checkRecords(doc.article, records);
  const eventRows = records.map(eventValues);
  const messageRows = doc.messages.map(messageValues);
  const hash = contentHash(doc.article, eventRows, messageRows);
  return { doc, records, eventRows, messageRows, hash, days: eventRows.map((row) => row[DATE_KEY] as string | null) };
}

/** Rows per INSERT, and bound values per statement: under PostgreSQL's 65,535. */
const CHUNK = 500;
const MAX_PARAMS = 60_000;

type Insert = { table: string; columns: readonly string[]; rows: readonly unknown[][] };

/**
 * Run inserts in as few statements as fit: several INSERTs become one statement of data-modifying CTEs, so the rows
 * of an article of up to 500 events (its event ids, events and messages) go in one round trip.
 */
async function insertAll(client: Client, inserts: readonly Insert[]): Promise<void> {
  const chunks = inserts.flatMap(({ table, columns, rows }) =>
    Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => ({ table, columns, rows: rows.slice(i * CHUNK, (i + 1) * CHUNK) })));
  while (chunks.length > 0) {
    const params: unknown[] = [];
    const parts: string[] = [];
    while (chunks.length > 0 && (parts.length === 0 || params.length + chunks[0]!.rows.length * chunks[0]!.columns.length <= MAX_PARAMS)) {
      const { table, columns, rows } = chunks.shift()!;
      const tuples = rows.map((row) => `(${row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      }).join(', ')})`);
      parts.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`);
    }
    const last = parts.pop() as string;
    await client.query(parts.length === 0 ? last : `WITH ${parts.map((part, i) => `w${i} AS (${part})`).join(', ')} ${last}`, params);
  }
}

const ARTICLE_COLUMNS = ['id', 'url', 'title', 'published', 'source', 'byline', 'text', 'content_hash', 'coded_at', 'coder_version', 'event_count'];
const MESSAGE_COLUMNS = ['article_id', 'seq', 'severity', 'rule_id', 'reason', 'place_start', 'place_end'];

/** What `saveWithin` did, and the actors an update took events from (for `pruneActors`, once committed). */
export interface Saved {
  status: SaveResult['status'];
  stale: number[];
}

/**
 * Store one prepared article inside the caller's transaction, its actors' ids already known (`actorIds`, run first in
 * the transaction). Idempotent under concurrency without locks of its own: the article's primary key decides which of
 * two writers inserts it; the other waits for that one's transaction, then finds the row (and, with the same content,
 * changes nothing). Event ids are unique through `event_keys`. Tables are written in one order, actors (by
 * `actorIds`), articles, events, as a new month partition locks them (partitions.ts): the former actors of an updated
 * article are pruned after the commit, in a transaction of their own.
 */
export async function saveWithin(
  client: Client, prepared: PreparedSave, ids: Map<string, number>, codedAt: string, coderVersion: string | null,
): Promise<Saved> {
  const { doc, records, eventRows, messageRows, hash } = prepared;
  const a = doc.article;
  const row = [a.id, a.url, a.title, a.published, a.source, a.byline ?? null, a.text, hash, codedAt, coderVersion, records.length];
  const inserted = await client.query(`INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
    VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING`, row);
  let stale: number[] = [];
  if (inserted.rowCount === 0) {
    // Stored already (or by another writer a moment ago, whose transaction this insert has waited for).
    const stored = (await client.query('SELECT content_hash FROM articles WHERE id = $1 FOR UPDATE', [a.id])).rows[0]?.content_hash;
    if (stored === hash) return { status: 'unchanged', stale };
    // Its former actors, then every row of it out (in one statement: the reads see the rows before the deletes).
    stale = (await client.query(`WITH stale AS (
        SELECT source_actor AS id FROM events WHERE article_id = $1 AND source_actor IS NOT NULL
        UNION SELECT target_actor FROM events WHERE article_id = $1 AND target_actor IS NOT NULL),
      k AS (DELETE FROM event_keys WHERE article_id = $1),
      e AS (DELETE FROM events WHERE article_id = $1),
      m AS (DELETE FROM messages WHERE article_id = $1),
      u AS (UPDATE articles SET ${ARTICLE_COLUMNS.slice(1).map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1)
      SELECT id FROM stale`, row)).rows.map((r) => r.id as number);
  }
  const idOf = (actor: EventRecord['source']): number | null => {
    const key = actorKey(actor);
    return key == null ? null : ids.get(key) ?? null;
  };
  const rows = records.map((r, seq) => {
    const values = [...(eventRows[seq] as Value[])];
    values[SOURCE_ACTOR] = idOf(r.source);
    values[TARGET_ACTOR] = idOf(r.target);
    return values;
  });
  await insertAll(client, [
    { table: 'event_keys', columns: ['id', 'article_id'], rows: records.map((r) => [r.id, a.id]) },
    { table: 'messages', columns: MESSAGE_COLUMNS, rows: messageRows.map((m, seq) => [a.id, seq, ...m]) },
    { table: 'events', columns: EVENT_COLUMNS, rows },
  ]);
  return { status: inserted.rowCount === 0 ? 'updated' : 'inserted', stale };
}
