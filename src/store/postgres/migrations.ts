import type pg from 'pg';
import { LOCKS } from './locks.js';
import { pairsSchema } from './pairs.js';
import { rollupSchema } from './rollups.js';
import { coreSchema, ingestSchema } from './schema.js';

/** One step of the schema: applied once, in order, recorded in `schema_version`. */
export interface PgMigration {
  version: number;
  name: string;
  up: string | ((client: pg.PoolClient) => Promise<void>);
}

// The text search configuration the evidence index is built with: PostgreSQL's parser, lower case, accents removed
// (as SQLite's unicode61 tokenizer with remove_diacritics), no stemming and no stop words, so a word matches only
// itself or, with `prefix*`, what it begins. Hyphenated compounds are indexed as their parts only ("al-Sharaa" is
// "al" then "sharaa"), as SQLite indexes them. Without the unaccent extension, accents stay.
async function searchConfiguration(client: pg.PoolClient): Promise<void> {
  await client.query('SAVEPOINT unaccent');
  let unaccent = true;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  } catch {
    unaccent = false;
    await client.query('ROLLBACK TO SAVEPOINT unaccent');
  }
  const dictionaries = unaccent ? 'unaccent, simple' : 'simple';
  await client.query(`CREATE TEXT SEARCH CONFIGURATION annals_search (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION annals_search ALTER MAPPING
      FOR asciiword, word, numword, hword_asciipart, hword_part, hword_numpart WITH ${dictionaries};
    ALTER TEXT SEARCH CONFIGURATION annals_search DROP MAPPING FOR asciihword, hword, numhword;`);
}

/** The schema, oldest step first. Append new steps; never edit one that has shipped. */
export const migrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, actors, events by month, messages, full-text search',
    up: async (client) => {
      await searchConfiguration(client);
      await client.query(coreSchema);
    },
  },
  { version: 2, name: 'ingest log, duplicates, fingerprints, event clusters', up: ingestSchema },
  { version: 3, name: 'rollups for the unfiltered views', up: rollupSchema },
  { version: 4, name: 'pair totals folded into one row per pair; rollup rows keep every sum', up: pairsSchema },
  {
    version: 5,
    name: 'event contexts and article bylines',
    up: 'ALTER TABLE events ADD COLUMN contexts text; ALTER TABLE articles ADD COLUMN byline text;',
  },
];

/**
 * Bring a database up to the latest schema in one transaction: only the missing steps run. Workers that open the
 * store at once queue on an advisory lock, so each step runs once. Returns the versions it applied.
 */
export async function migrate(pool: pg.Pool, steps: readonly PgMigration[] = migrations): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', LOCKS.migrate);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows.map((r) => r.version);
    const applied = new Set(rows);
    const latest = Math.max(0, ...steps.map((step) => step.version));
    const newer = rows.filter((version) => version > latest);
    if (newer.length > 0) {
      throw new Error(`Cannot open the store: its schema version ${Math.max(...newer)} is newer than this annals (${latest}); upgrade annals`);
    }
    const done: number[] = [];
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (applied.has(step.version)) continue;
      if (typeof step.up === 'string') await client.query(step.up);
      else await step.up(client);
      await client.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [step.version, step.name]);
      done.push(step.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
