import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { withMemoryJournals } from './journal.js';

describe('withMemoryJournals', () => {
  const tempStore = (db: Database.Database): number => db.pragma('temp_store', { simple: true }) as number;

  test('a write runs with temporary storage in memory, and the default comes back after it', () => {
    const db = new Database(':memory:');
    const inMemory = withMemoryJournals(db);
    expect(inMemory(() => tempStore(db))).toBe(2);
    expect(tempStore(db)).toBe(0);
    expect(() => inMemory(() => {
      throw new Error('the write failed');
    })).toThrow('the write failed');
    expect(tempStore(db)).toBe(0);
    db.close();
  });

  test('inside an open transaction the setting is left as it is', () => {
    const db = new Database(':memory:');
    const inMemory = withMemoryJournals(db);
    db.exec('CREATE TABLE t (x INTEGER)');
    const nested = db.transaction(() => {
      db.prepare('INSERT INTO t VALUES (1)').run();
      return inMemory(() => tempStore(db));
    });
    expect(nested()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
    db.close();
  });
});
