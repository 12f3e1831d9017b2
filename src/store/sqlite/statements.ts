import type { Database, Statement } from 'better-sqlite3';

/** Every statement the SQLite store runs more than once, prepared once when the store opens. */
export interface Statements {
  articleHash: Statement;
  hasArticle: Statement;
  insertArticle: Statement;
  updateArticle: Statement;
  deleteEvents: Statement;
  deleteMessages: Statement;
  insertEvent: Statement;
  insertMessage: Statement;
  indexEvidence: Statement;
  unindexArticle: Statement;
  upsertActor: Statement;
  actorId: Statement;
  actorsOfArticle: Statement;
  dropOrphanActor: Statement;
  refreshActor: Statement;
  counts: Statement;
}

/** Prepare the store's statements; `eventColumns` are the `events` columns in the order their values are bound. */
export function prepareStatements(db: Database, eventColumns: readonly string[]): Statements {
  const articleColumns = 'url, title, published, source, byline, text, content_hash, coded_at, coder_version, id';
  return {
    articleHash: db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck(),
    hasArticle: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    insertArticle: db.prepare(`INSERT INTO articles (${articleColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    updateArticle: db.prepare(`UPDATE articles SET url = ?, title = ?, published = ?, source = ?, byline = ?, text = ?,
      content_hash = ?, coded_at = ?, coder_version = ? WHERE id = ?`),
    deleteEvents: db.prepare('DELETE FROM events WHERE article_id = ?'),
    deleteMessages: db.prepare('DELETE FROM messages WHERE article_id = ?'),
    insertEvent: db.prepare(
      `INSERT INTO events (${eventColumns.join(', ')}) VALUES (${eventColumns.map(() => '?').join(', ')})`,
    ),
    // The evidence index (external content, schema 6) is written here, keyed by the event's rowid: an event's
    // evidence is added after the event, and an article's taken out (with the text it was indexed with) before its
    // events are deleted.
    indexEvidence: db.prepare('INSERT INTO events_fts (rowid, evidence_text) VALUES (?, ?)'),
    unindexArticle: db.prepare(`INSERT INTO events_fts (events_fts, rowid, evidence_text)
      SELECT 'delete', rowid, evidence_text FROM events WHERE article_id = ?`),
    insertMessage: db.prepare(`INSERT INTO messages (article_id, seq, severity, rule_id, reason, place_start, place_end)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    // The earliest date an actor is seen on wins; a null date never replaces a known one. The id is read by
    // `actorId`, not by a RETURNING clause: inside a commit of 512 articles RETURNING cost 9-20 µs per call where
    // the upsert and the read cost 7 µs together (10,000 VOA articles: 1.14 -> 1.03 ms of CPU per article, with
    // the same change to new clusters).
    upsertActor: db.prepare(`INSERT INTO actors (code, name, country, first_seen) VALUES (?, ?, ?, ?)
      ON CONFLICT (code, name) DO UPDATE SET
        country = coalesce(actors.country, excluded.country),
        first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen
          THEN excluded.first_seen ELSE actors.first_seen END`),
    actorId: db.prepare('SELECT id FROM actors WHERE code = ? AND name = ?').pluck(),
    actorsOfArticle: db.prepare(`SELECT source_actor FROM events WHERE article_id = ? AND source_actor IS NOT NULL
      UNION SELECT target_actor FROM events WHERE article_id = ? AND target_actor IS NOT NULL`).pluck(),
    dropOrphanActor: db.prepare(`DELETE FROM actors WHERE id = ?
      AND NOT EXISTS (SELECT 1 FROM events WHERE source_actor = ?)
      AND NOT EXISTS (SELECT 1 FROM events WHERE target_actor = ?)`),
    // Each side is one seek into the (actor, date_key) index, however many events the actor has.
    refreshActor: db.prepare(`UPDATE actors SET first_seen = (SELECT min(seen) FROM (
        SELECT (SELECT date_key FROM events WHERE source_actor = @id AND date_key IS NOT NULL
          ORDER BY date_key LIMIT 1) AS seen
        UNION ALL SELECT (SELECT date_key FROM events WHERE target_actor = @id AND date_key IS NOT NULL
          ORDER BY date_key LIMIT 1)))
      WHERE id = @id`),
    counts: db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM actors) AS actors`),
  };
}
