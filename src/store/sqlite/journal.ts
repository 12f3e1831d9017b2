import type { Database } from 'better-sqlite3';

/**
 * Run `write` (which opens a transaction) with SQLite's statement and savepoint journals in memory. A savepoint, or a
 * statement that may fail half-way (one that deletes several rows), copies each page it is about to change to that
 * journal, a temporary file by default: with a page write per touched page, that was a third of a grouped commit's
 * CPU. The setting is restored after the transaction, so large sorts and temporary tables of later reads still spill
 * to disk instead of growing in memory. Inside an open transaction the setting cannot change, nor needs to.
 */
export function withMemoryJournals(db: Database): <T>(write: () => T) => T {
  // Executed, not prepared once: SQLite applies this pragma when the statement is compiled.
  return (write) => {
    if (db.inTransaction) return write();
    db.exec('PRAGMA temp_store = MEMORY');
    try {
      return write();
    } finally {
      db.exec('PRAGMA temp_store = DEFAULT');
    }
  };
}
