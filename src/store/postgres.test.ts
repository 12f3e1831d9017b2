// The store contract on PostgreSQL, in a throwaway cluster (test/support/pg-cluster.ts): the same suites as
// sqlite.test.ts, with the same expected answers. Skipped, with the reason, where PostgreSQL is not installed
// (never on CI: there a missing PostgreSQL fails).
import { afterAll, beforeAll, describe, test, vi } from 'vitest';
import { freshDatabase, pgSkipReason, startPgCluster } from '../../test/support/pg-cluster.js';
import type { PgCluster } from '../../test/support/pg-cluster.js';
import { storeContract } from './contract.test-helpers.js';
import { openStore } from './index.js';

const skip = pgSkipReason();
// A fresh database per test, on a machine shared with other work: hooks get more than the default 10 s.
vi.setConfig({ hookTimeout: 60_000 });

if (skip != null) {
  describe('postgres store', () => {
    test.skip(`skipped: ${skip}`, () => undefined);
  });
} else {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
    // Migrated once; each test gets a copy of it.
    await (await openStore(cluster.url)).close();
  }, 120_000);
  afterAll(() => cluster?.stop());

  storeContract('postgres', async () => openStore(await freshDatabase(cluster, 'contract', 'annals')));
}
