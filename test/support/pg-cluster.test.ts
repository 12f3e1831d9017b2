import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { freshDatabase, pgSkipReason, startPgCluster } from './pg-cluster.js';

describe('when PostgreSQL is missing', () => {
  const saved = { bin: process.env.ANNALS_PG_BIN, ci: process.env.CI };
  afterEach(() => {
    for (const [key, value] of [['ANNALS_PG_BIN', saved.bin], ['CI', saved.ci]] as const) {
      if (value == null) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test('tests skip with the reason, and on CI they fail instead', () => {
    process.env.ANNALS_PG_BIN = '/nonexistent/postgresql/bin';
    delete process.env.CI;
    expect(pgSkipReason()).toMatch(/PostgreSQL server binaries .* not found/);
    process.env.CI = 'true';
    expect(() => pgSkipReason()).toThrow(/CI never skips/);
  });
});

describe.skipIf(pgSkipReason() != null)('a throwaway cluster', () => {
  test('answers on its URL, makes fresh databases, and is gone once stopped', async () => {
    const cluster = await startPgCluster();
    try {
      const url = await freshDatabase(cluster, 'probe');
      for (const [target, name] of [[cluster.url, 'annals'], [url, url.match(/\/(probe_\w+)\?/)![1]]] as const) {
        const client = new pg.Client({ connectionString: target });
        await client.connect();
        expect((await client.query('SELECT current_database() AS name')).rows[0].name).toBe(name);
        await client.end();
      }
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.socketDir)).toBe(false);
  }, 120_000);
});
