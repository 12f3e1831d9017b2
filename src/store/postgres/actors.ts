import type { EventRecord } from '../../model/index.js';
import { actorsOf } from '../actors.js';
import type { StoredActor } from '../actors.js';
import type { Client } from './db.js';
import { rowsOf } from './db.js';

type Known = { id: number; country: string | null; firstSeen: string | null };

const keyOf = (code: string, name: string): string => `${code}\u0000${name}`;

/**
 * The actors of several articles' records as one map (by `actorKey`), as saving them one after the other would leave
 * them: the earliest day each is seen on, and its first known country.
 */
export function actorsOfAll(lists: readonly (readonly EventRecord[])[]): Map<string, StoredActor> {
  const all = new Map<string, StoredActor>();
  for (const records of lists) {
    for (const [key, actor] of actorsOf(records)) {
      const known = all.get(key);
      if (known == null) {
        all.set(key, { ...actor });
        continue;
      }
      known.country ??= actor.country;
      if (actor.firstSeen != null && (known.firstSeen == null || actor.firstSeen < known.firstSeen)) known.firstSeen = actor.firstSeen;
    }
  }
  return all;
}

/**
 * The ids of these actors (by `actorKey`), each made when new. The earliest day an actor is seen on wins and a null
 * day never replaces a known one; its first known country stays. Run first in a transaction: actors are written in
 * key order, so writers cannot deadlock on them, and a row is written (and locked) only when it changes, so writers
 * saving articles about the same actors do not queue on that actor.
 */
export async function actorIds(client: Client, actors: Map<string, StoredActor>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (actors.size === 0) return ids;
  const list = [...actors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const find = async (keys: typeof list): Promise<Map<string, Known>> => {
    const rows = await rowsOf(client, `SELECT id, code, name, country, first_seen FROM actors
      WHERE (code, name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [keys.map(([, a]) => a.code), keys.map(([, a]) => a.name)]);
    return new Map(rows.map(([id, code, name, country, firstSeen]) =>
      [keyOf(code as string, name as string), { id: id as number, country: country as string | null, firstSeen: firstSeen as string | null }]));
  };
  const known = await find(list);
  for (const [key, actor] of list) {
    let row = known.get(key);
    if (row == null) {
      const [inserted] = await rowsOf(client, `INSERT INTO actors (code, name, country, first_seen) VALUES ($1, $2, $3, $4)
        ON CONFLICT (code, name) DO NOTHING RETURNING id`, [actor.code, actor.name, actor.country, actor.firstSeen]);
      if (inserted != null) {
        ids.set(key, inserted[0] as number);
        continue;
      }
      // Another writer has just stored it.
      row = (await find([[key, actor]])).get(key);
      if (row == null) throw new Error(`the actor "${actor.code}" "${actor.name}" could not be stored`);
    }
    ids.set(key, row.id);
    const earlier = actor.firstSeen != null && (row.firstSeen == null || actor.firstSeen < row.firstSeen);
    if (earlier || (row.country == null && actor.country != null)) {
      await client.query(`UPDATE actors SET country = coalesce(country, $2),
        first_seen = CASE WHEN first_seen IS NULL OR $3::text < first_seen THEN $3::text ELSE first_seen END WHERE id = $1`,
      [row.id, actor.country, actor.firstSeen]);
    }
  }
  return ids;
}

/**
 * Actors whose events have changed: drop those no event names now, and move the first day of the others to their
 * earliest remaining event (each side one index seek per partition).
 */
export async function pruneActors(client: Client, stale: readonly number[]): Promise<void> {
  for (const id of [...new Set(stale)].sort((a, b) => a - b)) {
    const dropped = await client.query(`DELETE FROM actors WHERE id = $1
      AND NOT EXISTS (SELECT 1 FROM events WHERE source_actor = $1) AND NOT EXISTS (SELECT 1 FROM events WHERE target_actor = $1)`, [id]);
    if (dropped.rowCount !== 0) continue;
    await client.query(`UPDATE actors SET first_seen = least(
        (SELECT date_key FROM events WHERE source_actor = $1 AND date_key IS NOT NULL ORDER BY date_key LIMIT 1),
        (SELECT date_key FROM events WHERE target_actor = $1 AND date_key IS NOT NULL ORDER BY date_key LIMIT 1))
      WHERE id = $1`, [id]);
  }
}
