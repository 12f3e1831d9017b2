import { openQueue } from '../../queue/index.js';
import type { Queue } from '../../queue/index.js';
import { describeLocation, isPostgresUrl } from '../../store/index.js';
import { UsageError } from '../args.js';

/** The `--db` help line of the queue commands. */
export const QUEUE_DB_HELP = `  --db URL           the PostgreSQL database of the queue and the store: postgres://user@host/db
                     (a unix socket: postgres://user@localhost/db?host=/run/postgresql)`;

/** The `--db` value of a queue command, checked: the queue lives in PostgreSQL only. */
export function queueUrl(db: string | undefined, command: string): string {
  if (db == null) throw new UsageError(`annals ${command} needs --db postgres://... (the queue is kept in PostgreSQL)`);
  if (!isPostgresUrl(db)) {
    throw new UsageError(`--db must be a postgres:// URL, not "${db}": the queue is kept in PostgreSQL (SQLite has one writer; use annals code there)`);
  }
  return db;
}

/** Open the queue, or say plainly why it cannot be opened (a server down, a database missing): null then. */
export async function openQueueAt(url: string, warn: (line: string) => void): Promise<Queue | null> {
  try {
    return await openQueue(url);
  } catch (error) {
    warn(`annals: cannot open the queue at ${describeLocation(url)}: ${(error as Error).message}`);
    return null;
  }
}

/** A whole-number option at least `min`, or the fallback. */
export function countOption(value: string | undefined, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** A thousands-separated count and a noun: `1,204 articles`. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
