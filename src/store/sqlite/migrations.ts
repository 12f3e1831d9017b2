import type { Database } from 'better-sqlite3';
import { ingestMigration } from './migration-ingest.js';
import { recordFieldsMigration } from './migration-record-fields.js';
import { rollupsMigration } from './migration-rollups.js';
import { searchWritesMigration } from './migration-search-writes.js';
import { viewsMigration } from './migration-views.js';

/** One step of the schema: applied once, in order, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}

const actorColumns = (role: 'source' | 'target'): string => `
  ${role}_actor INTEGER REFERENCES actors(id),
  ${role}_code TEXT,
  ${role}_country TEXT,
  ${role}_sectors TEXT,
  ${role}_name TEXT,
  ${role}_text TEXT,
  ${role}_start INTEGER,
  ${role}_end INTEGER,`;

const initial = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT,
  title TEXT,
  published TEXT,
  source TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  coded_at TEXT NOT NULL,
  coder_version TEXT
) STRICT;

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  first_seen TEXT,
  UNIQUE (code, name)
) STRICT;

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  cameo TEXT NOT NULL CHECK (cameo GLOB '[0-9][0-9]*'),
  root_code TEXT NOT NULL,
  plover TEXT NOT NULL,
  plover_mode TEXT,
  quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein REAL NOT NULL,
  status TEXT NOT NULL,
  date_value TEXT,
  date_precision TEXT,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  date_from TEXT NOT NULL,
  date_key TEXT,
  ${actorColumns('source')}
  ${actorColumns('target')}
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  location_name TEXT,
  location_country TEXT,
  location_admin1 TEXT,
  location_lat REAL,
  location_lon REAL,
  location_geoname_id INTEGER,
  location_feature_class TEXT,
  location_precision TEXT,
  location_from TEXT,
  location_null_keys INTEGER NOT NULL DEFAULT 0,
  confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  pattern TEXT NOT NULL
) STRICT;

CREATE INDEX events_by_date ON events (date_key IS NULL, date_key, article_id, sentence, seq);
CREATE INDEX events_by_article ON events (article_id, seq);
CREATE INDEX events_by_plover ON events (plover, date_key);
CREATE INDEX events_by_cameo ON events (cameo);
CREATE INDEX events_by_source_actor ON events (source_actor, date_key);
CREATE INDEX events_by_target_actor ON events (target_actor, date_key);

CREATE TABLE messages (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  severity TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  place_start INTEGER,
  place_end INTEGER,
  PRIMARY KEY (article_id, seq)
) STRICT, WITHOUT ROWID;
`;

/** The schema, oldest step first. Append new steps; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'articles, actors, events, messages', up: initial },
  ingestMigration,
  viewsMigration,
  rollupsMigration,
  recordFieldsMigration,
  searchWritesMigration,
];

/**
 * Bring a database up to the latest schema in one transaction: only the missing steps run.
 * Returns the versions it applied (empty when the schema was current).
 */
export function migrate(db: Database, steps: readonly Migration[] = migrations): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const apply = db.transaction(() => {
    const rows = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
    const applied = new Set(rows);
    const latest = Math.max(0, ...steps.map((step) => step.version));
    const newer = rows.filter((version) => version > latest);
    if (newer.length > 0) {
      throw new Error(`Cannot open the store: its schema version ${Math.max(...newer)} is newer than this annals (${latest}); upgrade annals`);
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
    const done: number[] = [];
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (applied.has(step.version)) continue;
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
      record.run(step.version, new Date().toISOString());
      done.push(step.version);
    }
    return done;
  });
  return apply.immediate();
}
