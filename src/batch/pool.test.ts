import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureGazetteerIndex } from '../geo/load.js';
import { createPool } from './pool.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'annals-pool-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('a pool of workers with no gazetteer index cached yet', () => {
  it('builds the index once on the calling thread, so workers with capped heaps only read it', async () => {
    expect(readdirSync(cacheDir)).toEqual([]);
    const pool = await createPool({ workers: 1, coder: { geo: { cacheDir } } });
    try {
      const coded = await pool.code({
        id: 'pool-1', url: null, title: null, published: '2025-05-16', source: null, origin: 'test',
        text: 'Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022.',
      });
      expect(coded.ok).toBe(true);
      if (coded.ok) expect(coded.records.some((r) => r.location?.name === 'Istanbul')).toBe(true);
    } finally {
      await pool.close();
    }
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(ensureGazetteerIndex({ cacheDir })).toBe(false);
    expect(existsSync(cacheDir)).toBe(true);
  }, 120_000);
});
