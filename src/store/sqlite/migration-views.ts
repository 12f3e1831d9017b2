import type { Migration } from './migrations.js';

// Full-text search over evidence sentences, kept in step with `events` by triggers: saves need no change. The index
// holds tokens only (external content): the text stays in `events.evidence_text`. It is keyed by the events' rowid,
// which VACUUM may renumber; after a VACUUM run `INSERT INTO events_fts(events_fts) VALUES ('rebuild')`.
const search = `
CREATE VIRTUAL TABLE events_fts USING fts5(
  evidence_text, content = 'events', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, evidence_text) VALUES (new.rowid, new.evidence_text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, evidence_text) VALUES ('delete', old.rowid, old.evidence_text);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence_text ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, evidence_text) VALUES ('delete', old.rowid, old.evidence_text);
  INSERT INTO events_fts (rowid, evidence_text) VALUES (new.rowid, new.evidence_text);
END;
`;

// Newest first without sorting; articles by date. The four `facts` indexes hold every column the aggregates read,
// so a timeline, the actors, the dyads or the places of a filter are read from an index alone, without row lookups:
// by date, by PLOVER type, or from an actor's side (`source_actor`, `target_actor` first).
const FACTS = 'date_key, quad_class, goldstein, plover, cameo, status, location_lat, location_lon';
const indexes = `
CREATE INDEX events_by_date_desc ON events (date_key IS NULL, date_key DESC, article_id DESC, sentence DESC, seq DESC);
CREATE INDEX events_by_place ON events (location_lat, location_lon, location_name, location_country)
  WHERE location_lat IS NOT NULL;
CREATE INDEX events_facts ON events (${FACTS}, source_actor, target_actor);
CREATE INDEX events_type_facts ON events (plover, ${FACTS.replace('plover, ', '')}, source_actor, target_actor);
CREATE INDEX events_source_facts ON events (source_actor, ${FACTS}, target_actor);
CREATE INDEX events_target_facts ON events (target_actor, ${FACTS}, source_actor);
CREATE INDEX articles_by_published ON articles (published, id);
`;

// Totals over the whole store, kept by triggers, so the unfiltered views (a dashboard's first page) read a few
// thousand rows instead of every event. Goldstein columns hold sums; means are taken when read.
const rollups = `
CREATE TABLE rollup_days (
  day TEXT NOT NULL, quad_class INTEGER NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
  PRIMARY KEY (day, quad_class)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_actors (
  code TEXT NOT NULL PRIMARY KEY, country TEXT, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL,
  self INTEGER NOT NULL, goldstein REAL NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_dyads (
  source_code TEXT NOT NULL, target_code TEXT NOT NULL, events INTEGER NOT NULL, goldstein REAL NOT NULL,
  PRIMARY KEY (source_code, target_code)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_places (
  lat REAL NOT NULL, lon REAL NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL, events INTEGER NOT NULL,
  goldstein REAL NOT NULL, PRIMARY KEY (lat, lon, name, country)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER rollup_insert AFTER INSERT ON events BEGIN
  INSERT INTO rollup_days SELECT new.date_key, new.quad_class, 1, new.goldstein WHERE new.date_key IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
  INSERT INTO rollup_actors SELECT new.source_code, new.source_country, 1, 0, 0, new.goldstein WHERE new.source_code IS NOT NULL
    ON CONFLICT DO UPDATE SET as_source = as_source + 1, goldstein = goldstein + excluded.goldstein,
      country = coalesce(country, excluded.country);
  INSERT INTO rollup_actors SELECT new.target_code, new.target_country, 0, 1, new.source_code IS new.target_code, new.goldstein
    WHERE new.target_code IS NOT NULL
    ON CONFLICT DO UPDATE SET as_target = as_target + 1, self = self + excluded.self, goldstein = goldstein + excluded.goldstein,
      country = coalesce(country, excluded.country);
  INSERT INTO rollup_dyads SELECT new.source_code, new.target_code, 1, new.goldstein
    WHERE new.source_code IS NOT NULL AND new.target_code IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
  INSERT INTO rollup_places SELECT new.location_lat, new.location_lon, new.location_name, coalesce(new.location_country, ''), 1,
    new.goldstein WHERE new.location_lat IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER rollup_delete AFTER DELETE ON events BEGIN
  UPDATE rollup_days SET events = events - 1, goldstein = goldstein - old.goldstein
    WHERE day = old.date_key AND quad_class = old.quad_class;
  UPDATE rollup_actors SET as_source = as_source - 1, goldstein = goldstein - old.goldstein WHERE code = old.source_code;
  UPDATE rollup_actors SET as_target = as_target - 1, self = self - (old.source_code IS old.target_code),
    goldstein = goldstein - old.goldstein WHERE code = old.target_code;
  UPDATE rollup_dyads SET events = events - 1, goldstein = goldstein - old.goldstein
    WHERE source_code = old.source_code AND target_code = old.target_code;
  UPDATE rollup_places SET events = events - 1, goldstein = goldstein - old.goldstein
    WHERE lat = old.location_lat AND lon = old.location_lon AND name = old.location_name
      AND country = coalesce(old.location_country, '');
  DELETE FROM rollup_days WHERE day = old.date_key AND quad_class = old.quad_class AND events <= 0;
  DELETE FROM rollup_actors WHERE code IN (old.source_code, old.target_code) AND as_source + as_target <= 0;
  DELETE FROM rollup_dyads WHERE source_code = old.source_code AND target_code = old.target_code AND events <= 0;
  DELETE FROM rollup_places WHERE lat = old.location_lat AND lon = old.location_lon AND name = old.location_name
    AND country = coalesce(old.location_country, '') AND events <= 0;
END;

INSERT INTO rollup_days SELECT date_key, quad_class, count(*), sum(goldstein) FROM events
  WHERE date_key IS NOT NULL GROUP BY 1, 2;
INSERT INTO rollup_actors SELECT code, max(country), sum(s), sum(t), sum(self), sum(g) FROM (
  SELECT source_code AS code, source_country AS country, 1 AS s, 0 AS t, 0 AS self, goldstein AS g FROM events
    WHERE source_code IS NOT NULL
  UNION ALL SELECT target_code, target_country, 0, 1, source_code IS target_code, goldstein FROM events
    WHERE target_code IS NOT NULL
) GROUP BY code;
INSERT INTO rollup_dyads SELECT source_code, target_code, count(*), sum(goldstein) FROM events
  WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2;
INSERT INTO rollup_places SELECT location_lat, location_lon, location_name, coalesce(location_country, ''), count(*),
  sum(goldstein) FROM events WHERE location_lat IS NOT NULL GROUP BY 1, 2, 3, 4;
`;

/** Schema version 3: what the API and dashboard read by (full-text search, newest first, facts, rollups). */
export const viewsMigration: Migration = {
  version: 3,
  name: 'full-text search over evidence; indexes and rollups for the read views',
  up: search + indexes + rollups,
};
