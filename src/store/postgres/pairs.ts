// The unfiltered dyads (the dashboard's top pairs) from a table of one row per pair, indexed by its count, instead of
// grouping every pair's shards. Writers still add to the sharded `rollup_dyads` (rollups.ts), never to the folded
// table, so they do not queue on a pair's row: `rollup_dyads` holds what changed since the last fold, and a fold moves
// it into `rollup_pairs`. A read takes the top of the index and the pairs changed since, which stays exact (see
// `TOP_PAIRS`) and costs what changed since the last fold, not the number of pairs.
import type pg from 'pg';
import { LOCKS } from './locks.js';
import { rollupFunctionV4 } from './rollups.js';

const T = 'text COLLATE "C"';

// The fold takes the rows of `rollup_dyads` no writer has locked (a running transaction is adding to them: they are
// left for the next fold, so a fold never waits for a writer) and deletes them; their sums are added to the pairs in
// the same transaction, so a reader sees them in one table or the other, never both or neither. A pair whose total
// comes back to nothing goes (one with 0 events and a sum left is kept: some of its events are still to fold).
// Writers adding to a row the fold took wait for the fold to commit (a fraction of a second), then insert it anew.
// Returns the number of pairs it changed, or null when another fold was running (two would take the same rows).
const FOLD_FUNCTION = `
CREATE FUNCTION annals_fold_pairs() RETURNS bigint LANGUAGE plpgsql AS $fn$
DECLARE
  v_pairs bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock(${LOCKS.foldPairs.join(', ')}) THEN
    RETURN NULL;
  END IF;
  WITH taken AS (
    DELETE FROM rollup_dyads d
      USING (SELECT source_code, target_code, shard FROM rollup_dyads FOR UPDATE SKIP LOCKED) free
      WHERE d.source_code = free.source_code AND d.target_code = free.target_code AND d.shard = free.shard
      RETURNING d.source_code, d.target_code, d.events, d.goldstein)
  INSERT INTO rollup_pairs AS p (source_code, target_code, events, goldstein)
    SELECT source_code, target_code, sum(events), sum(goldstein) FROM taken GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source_code, target_code) DO UPDATE
      SET events = p.events + excluded.events, goldstein = p.goldstein + excluded.goldstein;
  GET DIAGNOSTICS v_pairs = ROW_COUNT;
  DELETE FROM rollup_pairs WHERE events = 0 AND abs(goldstein) < 1e-6;
  RETURN v_pairs;
END
$fn$;
`;

/**
 * Version 4: `rollup_pairs` (one row per source-target pair, its count indexed with the sum included, so the top
 * pairs are an index-only scan), the fold, the rollup trigger's function that keeps every sum (rollups.ts), and a
 * first fold of the totals so far.
 */
export const pairsSchema = `
CREATE TABLE rollup_pairs (
  source_code ${T} NOT NULL, target_code ${T} NOT NULL, events bigint NOT NULL, goldstein double precision NOT NULL,
  PRIMARY KEY (source_code, target_code)
);
CREATE INDEX rollup_pairs_by_events ON rollup_pairs (events DESC, source_code, target_code) INCLUDE (goldstein);
${FOLD_FUNCTION}
${rollupFunctionV4}
SELECT annals_fold_pairs();
`;

/**
 * The top `$1` pairs by events (then source, target, as SQLite orders them), with their Goldstein sums. A pair's
 * total is its folded row plus its changes since (`changed`, K pairs). Exact, reading K changes and N + K index
 * entries, whatever the number of pairs:
 * - a pair that has not changed is ranked by its folded row; the top N + K folded rows hold at least N of those, so
 *   the top N unchanged pairs (`unchanged_top`) are among them, and no other unchanged pair can be in the answer;
 * - a changed pair among the top N + K folded rows is added up from it; one below them has at most the count of the
 *   lowest of them (none, when they are every row), so when that plus its change is under the N-th unchanged count,
 *   N pairs rank above it: it is left out without looking its row up. Few changes are large enough to be looked up.
 */
export const TOP_PAIRS = `WITH changed AS (
    SELECT source_code, target_code, sum(events)::bigint AS events, sum(goldstein) AS goldstein FROM rollup_dyads
    GROUP BY source_code, target_code),
  folded_top AS (
    SELECT source_code, target_code, events, goldstein FROM rollup_pairs
    ORDER BY events DESC, source_code, target_code LIMIT $1 + (SELECT count(*) FROM changed)),
  unchanged_top AS (
    SELECT * FROM folded_top f WHERE NOT EXISTS (
      SELECT 1 FROM changed c WHERE c.source_code = f.source_code AND c.target_code = f.target_code)
    ORDER BY events DESC, source_code, target_code LIMIT $1),
  floors AS (
    SELECT (SELECT CASE WHEN count(*) < $1 + (SELECT count(*) FROM changed) THEN 0 ELSE min(events) END FROM folded_top) AS folded,
      (SELECT CASE WHEN count(*) < $1 THEN 1 ELSE greatest(1, min(events)) END FROM unchanged_top) AS answer),
  changed_totals AS (
    SELECT c.source_code, c.target_code, c.events + f.events AS events, c.goldstein + f.goldstein AS goldstein
      FROM changed c JOIN folded_top f ON f.source_code = c.source_code AND f.target_code = c.target_code
    UNION ALL
    SELECT c.source_code, c.target_code, c.events + coalesce(p.events, 0), c.goldstein + coalesce(p.goldstein, 0)
      FROM changed c CROSS JOIN floors
      LEFT JOIN rollup_pairs p ON p.source_code = c.source_code AND p.target_code = c.target_code
      WHERE c.events + floors.folded >= floors.answer AND NOT EXISTS (
        SELECT 1 FROM folded_top f WHERE f.source_code = c.source_code AND f.target_code = c.target_code))
  SELECT NULL, source_code, target_code, events, goldstein / events
  FROM (SELECT * FROM unchanged_top UNION ALL SELECT * FROM changed_totals) totals WHERE events > 0
  ORDER BY events DESC, source_code, target_code LIMIT $1`;

/**
 * Fold the changes of the pair totals into `rollup_pairs` now (`annals_fold_pairs()`): the number of pairs changed,
 * or null when another fold was running.
 */
export async function foldPairs(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query<{ pairs: number | null }>('SELECT annals_fold_pairs() AS pairs');
  return rows[0]?.pairs ?? null;
}

/** Folds after every `every` events a store has written (those of saves and commits that changed something). */
export function pairFolder(pool: pg.Pool, every: number): { wrote(events: number): Promise<void> } {
  let written = 0;
  return {
    async wrote(events) {
      written += events;
      if (written < every) return;
      written = 0;
      await foldPairs(pool);
    },
  };
}
