import { existsSync } from 'node:fs';
import { describeLocation, isPostgresUrl, openStore } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { warn } from '../io.js';

/** The `--db` help line the commands share. */
export const DB_HELP = '--db DB            SQLite file, or PostgreSQL URL postgres://user@host/name (default: annals.db)';

/**
 * Open the store `--db` names. A PostgreSQL server that cannot be reached, or refuses, is told in one line (without
 * the URL's password) and gives null. With `existing` (the reading commands: `events`, `serve`, `actors --unknown`),
 * a missing SQLite file is told and gives null too, rather than an empty database made.
 */
export async function openDatabase(db: string, existing = false): Promise<Store | null> {
  if (!isPostgresUrl(db)) {
    if (existing && !existsSync(db)) {
      warn(`annals: ${db}: no such database; code some articles first (annals code ...)`);
      return null;
    }
    return openStore(db);
  }
  try {
    return await openStore(db);
  } catch (error) {
    warn(`annals: cannot open ${describeLocation(db)}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
