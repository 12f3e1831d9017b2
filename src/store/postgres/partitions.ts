import type pg from 'pg';
import { transaction } from './db.js';
import { LOCKS } from './locks.js';
import { MONTHLY_FROM, MONTHLY_UNTIL } from './schema.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const DAY = /^(\d{4})-(\d{2})/;

/**
 * The monthly partition (`YYYY-MM`) that holds events of a day key, or null when an edge partition holds them
 * (undated, before `MONTHLY_FROM`, from `MONTHLY_UNTIL`). Months are text ranges, so a key with an impossible month
 * falls between two real ones: `2025-00-…` in December 2024, `2025-13-…` in December 2025.
 */
export function partitionMonth(day: string | null): string | null {
  const match = day == null ? null : DAY.exec(day);
  if (match == null) return null;
  let year = Number(match[1]);
  let month = Number(match[2]);
  if (month < 1) {
    year--;
    month = 12;
  } else if (month > 12) {
    month = 12;
  }
  const key = `${pad(year, 4)}-${pad(month, 2)}`;
  return key < MONTHLY_FROM || key >= MONTHLY_UNTIL ? null : key;
}

/** The month after a `YYYY-MM` month. */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(m + 1, 2)}`;
}

/** The table of a monthly partition: `events_2025_10`. */
export const partitionTable = (month: string): string => `events_${month.replace('-', '_')}`;

/** The month partitions a store has made, and a way to make the missing ones. */
export interface Partitions {
  /** Make sure the partition of every day key exists; each is made once, in a short transaction of its own. */
  ensure(days: Iterable<string | null>): Promise<void>;
}

/**
 * Month partitions are made on demand, by the save that needs one, before its own transaction starts (so the lock
 * a new partition takes on `events` is held for milliseconds, never for a save), under an advisory lock, so two
 * workers never race to make one. The months already there are read once, when the store opens.
 */
export async function monthPartitions(pool: pg.Pool): Promise<Partitions> {
  const { rows } = await pool.query<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass`);
  const known = new Set(rows.map((r) => r.name));

  async function create(month: string): Promise<void> {
    const table = partitionTable(month);
    // Identifiers and bounds cannot be parameters: both are built from a checked `YYYY-MM`.
    if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
    await transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', LOCKS.partitions);
      // Read from pg_inherits, not through to_regclass: the catalog caches of this session may not know yet of a
      // partition another session has just made.
      const exists = await client.query(`SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'events'::regclass AND c.relname = $1`, [table]);
      if (exists.rowCount !== 0) return;
      // A new partition takes the foreign keys of events, which lock the tables they point to; a save writes actors,
      // then articles, then events (save.ts). Locking them in that order first, this waits for the saves under way
      // and cannot deadlock with them; saves that start meanwhile wait the milliseconds the partition takes.
      await client.query('LOCK TABLE actors, articles IN SHARE ROW EXCLUSIVE MODE');
      await client.query(`CREATE TABLE ${table} PARTITION OF events FOR VALUES FROM ('${month}') TO ('${nextMonth(month)}')`);
    });
    known.add(table);
  }

  return {
    async ensure(days) {
      const missing = new Set<string>();
      for (const day of days) {
        const month = partitionMonth(day);
        if (month != null && !known.has(partitionTable(month))) missing.add(month);
      }
      for (const month of [...missing].sort()) await create(month);
    },
  };
}
