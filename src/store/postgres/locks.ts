/** The key space of annals' advisory locks (two-key form): "anna" as a number, so other users of locks keep clear. */
const SPACE = 0x616e6e61;

/**
 * Advisory locks, as `pg_advisory_xact_lock($1, $2)` parameters: each held to the end of its transaction. Keys are
 * written into the functions of the schema (`foldPairs`): never change one.
 */
export const LOCKS = {
  /** Schema migrations: one store opening at a time brings the schema up to date. */
  migrate: [SPACE, 1] as [number, number],
  /** Adding a month partition. */
  partitions: [SPACE, 2] as [number, number],
  /** Folding the sharded pair totals into `rollup_pairs` (pairs.ts): one fold at a time. */
  foldPairs: [SPACE, 3] as [number, number],
};

/** The key space of cluster locks: one lock per cluster key hash, so two writers never both open one cluster. */
export const CLUSTER_SPACE = SPACE + 1;
