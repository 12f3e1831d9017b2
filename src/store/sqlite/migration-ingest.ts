import type { Migration } from './migrations.js';

// The ingest log is what a resumed batch reads: one row per article committed, written in the transaction that
// stores it, so an article is either stored and logged or neither.
const log = `
CREATE TABLE ingest_log (
  article_id TEXT PRIMARY KEY,
  text_hash TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('coded', 'duplicate')),
  logged_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;

// A near-copy is not stored as an article: it is a link to the coded original, with what it says of itself.
const duplicates = `
CREATE TABLE duplicates (
  article_id TEXT PRIMARY KEY,
  original_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL CHECK (similarity BETWEEN 0 AND 1),
  url TEXT,
  title TEXT,
  published TEXT,
  source TEXT,
  source_key TEXT NOT NULL
) STRICT;
CREATE INDEX duplicates_by_original ON duplicates (original_id);
`;

// MinHash signatures of coded articles, and their LSH band keys (band index folded into the key) for lookups.
const fingerprints = `
CREATE TABLE fingerprints (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  shingles INTEGER NOT NULL,
  signature BLOB NOT NULL
) STRICT;
CREATE TABLE fingerprint_bands (
  band_key INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band_key, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX fingerprint_bands_by_article ON fingerprint_bands (article_id);
`;

// A cluster is anchored on the day of its first event; an event's membership goes when the event goes (a recoded
// article), by the cascade. source_key is the outlet the event's article counts under for NumSources.
const clusters = `
CREATE TABLE clusters (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  day TEXT
) STRICT;
CREATE INDEX clusters_by_key ON clusters (key, day);
CREATE TABLE cluster_events (
  event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  article_id TEXT NOT NULL,
  source_key TEXT NOT NULL
) STRICT;
CREATE INDEX cluster_events_by_cluster ON cluster_events (cluster_id);
`;

/** Schema version 2: the ingest log (resuming a batch), near-duplicate links and fingerprints, event clusters. */
export const ingestMigration: Migration = {
  version: 2,
  name: 'ingest log, duplicates, fingerprints, event clusters',
  up: log + duplicates + fingerprints + clusters,
};
