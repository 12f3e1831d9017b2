import type { Migration } from './migrations.js';

// These (actor, date) and (type, date) indexes are prefixes of the facts indexes of v3, which answer the same
// lookups (the actor refresh reads `events_source_facts` by (source_actor, date_key)): each only cost a save.
const prefixIndexes = `
DROP INDEX events_by_plover;
DROP INDEX events_by_source_actor;
DROP INDEX events_by_target_actor;
`;

// The rollups are kept by the store itself from now on: it adds up an article's events in JS and writes one row
// per rollup key, where these triggers wrote five rows per event.
const triggers = `
DROP TRIGGER rollup_insert;
DROP TRIGGER rollup_delete;
`;

/** An event's Goldstein score in millionths, rounded as the store rounds it (half away from zero). */
const MICRO = 'CAST(round(e.goldstein * 1000000) AS INTEGER)';

/** The SQL test that an actor code starts with a three-letter block (a CAMEO country or group code). */
const BLOCK = (column: string): string => `${column} GLOB '[A-Z0-9][A-Z0-9][A-Z0-9]*'`;

// An event counts once under each distinct first block of its two actor codes, so an actor filter of one block
// (`actor=USA`, about all a dashboard sends) reads its own rows, never the same event twice. Actor ids are 0 for
// none (a WITHOUT ROWID key has no nulls); dyads by month keep coded pairs of dated events only, as the view does.
// Goldstein sums are integers in millionths: exact whatever the order they are added in.
const blockRollups = `
CREATE TABLE rollup_block_days (
  block TEXT NOT NULL, day TEXT NOT NULL, quad_class INTEGER NOT NULL, events INTEGER NOT NULL, goldstein INTEGER NOT NULL,
  PRIMARY KEY (block, day, quad_class)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_block_places (
  block TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, events INTEGER NOT NULL, goldstein INTEGER NOT NULL,
  PRIMARY KEY (block, lat, lon)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_block_pairs (
  block TEXT NOT NULL, source_actor INTEGER NOT NULL, target_actor INTEGER NOT NULL, events INTEGER NOT NULL,
  goldstein INTEGER NOT NULL, PRIMARY KEY (block, source_actor, target_actor)
) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_block_dyads (
  block TEXT NOT NULL, month TEXT NOT NULL, source_code TEXT NOT NULL, target_code TEXT NOT NULL,
  events INTEGER NOT NULL, goldstein INTEGER NOT NULL, PRIMARY KEY (block, month, source_code, target_code)
) STRICT, WITHOUT ROWID;

CREATE TEMP TABLE event_blocks AS
  SELECT substr(source_code, 1, 3) AS block, rowid AS event FROM events WHERE ${BLOCK('source_code')}
  UNION ALL SELECT substr(target_code, 1, 3), rowid FROM events WHERE ${BLOCK('target_code')}
    AND NOT (coalesce(${BLOCK('source_code')}, 0) AND substr(source_code, 1, 3) = substr(target_code, 1, 3));
INSERT INTO rollup_block_days SELECT b.block, e.date_key, e.quad_class, count(*), sum(${MICRO})
  FROM temp.event_blocks b JOIN events e ON e.rowid = b.event WHERE e.date_key IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO rollup_block_places SELECT b.block, e.location_lat, e.location_lon, count(*), sum(${MICRO})
  FROM temp.event_blocks b JOIN events e ON e.rowid = b.event WHERE e.location_lat IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO rollup_block_pairs SELECT b.block, coalesce(e.source_actor, 0), coalesce(e.target_actor, 0), count(*),
  sum(${MICRO}) FROM temp.event_blocks b JOIN events e ON e.rowid = b.event GROUP BY 1, 2, 3;
INSERT INTO rollup_block_dyads SELECT b.block, substr(e.date_key, 1, 7), e.source_code, e.target_code, count(*),
  sum(${MICRO}) FROM temp.event_blocks b JOIN events e ON e.rowid = b.event
  WHERE e.date_key IS NOT NULL AND e.source_code != '' AND e.target_code != '' GROUP BY 1, 2, 3, 4;
DROP TABLE temp.event_blocks;
`;

/** Schema version 4: cheaper saves (fewer indexes, rollups kept per article) and rollups by actor code block. */
export const rollupsMigration: Migration = {
  version: 4,
  name: 'drop indexes the facts indexes cover; rollups kept by the store; rollups by actor code block',
  up: prefixIndexes + triggers + blockRollups,
};
