import type { Database, Statement } from 'better-sqlite3';
import { EVENT_COLUMNS } from './rows.js';
import type { Value } from './rows.js';

/** The columns of an event the rollups add up, in the order `RollupSource` rows hold them. */
export const ROLLUP_COLUMNS = [
  'date_key', 'quad_class', 'goldstein', 'source_actor', 'source_code', 'source_country',
  'target_actor', 'target_code', 'target_country', 'location_lat', 'location_lon', 'location_name', 'location_country',
] as const;

/** One event's `ROLLUP_COLUMNS` values. */
export type RollupSource = Value[];

const AT = ROLLUP_COLUMNS.map((column) => EVENT_COLUMNS.indexOf(column));

/** An event row (`EVENT_COLUMNS` order, actor ids filled in) cut down to what the rollups read. */
export const rollupSource = (row: readonly Value[]): RollupSource => AT.map((i) => row[i] ?? null);

/** A rollup table: its key columns, the columns it sums, and the column whose zero or less means the key is gone. */
interface Table {
  name: string;
  keys: readonly string[];
  sums: readonly string[];
  /** SQL that is 0 or less when no event is left under the key. */
  empty: string;
}

const counted = (name: string, keys: string[]): Table => ({ name, keys, sums: ['events', 'goldstein'], empty: 'events <= 0' });

const TABLES = {
  days: counted('rollup_days', ['day', 'quad_class']),
  dyads: counted('rollup_dyads', ['source_code', 'target_code']),
  places: counted('rollup_places', ['lat', 'lon', 'name', 'country']),
  actors: { name: 'rollup_actors', keys: ['code'], sums: ['as_source', 'as_target', 'self', 'goldstein'], empty: 'as_source + as_target <= 0' },
  blockDays: counted('rollup_block_days', ['block', 'day', 'quad_class']),
  blockPlaces: counted('rollup_block_places', ['block', 'lat', 'lon']),
  blockPairs: counted('rollup_block_pairs', ['block', 'source_actor', 'target_actor']),
  blockDyads: counted('rollup_block_dyads', ['block', 'month', 'source_code', 'target_code']),
} satisfies Record<string, Table>;

type TableName = keyof typeof TABLES;

/** The sums one article (or a group of them) adds to or takes from each key of each rollup, added up in JS first. */
class Deltas {
  readonly rows = new Map<TableName, Map<string, { key: Value[]; sums: number[]; country: Value }>>(
    (Object.keys(TABLES) as TableName[]).map((name) => [name, new Map()]),
  );

  /** `table:id` of the keys events were taken from: their rows go if no event is left under them. */
  readonly taken = new Set<string>();

  /** Whether what is being added now are events taken away. */
  removing = false;

  add(table: TableName, key: Value[], sums: number[], country: Value = null, id = JSON.stringify(key)): void {
    const rows = this.rows.get(table)!;
    if (this.removing) this.taken.add(`${table}:${id}`);
    const known = rows.get(id);
    if (known == null) {
      rows.set(id, { key, sums: [...sums], country });
      return;
    }
    sums.forEach((n, i) => { known.sums[i]! += n; });
    // The first country met wins, as it did when events were added one by one.
    if (known.country == null) known.country = country;
  }

  /** Add another's sums to these, as if its events had been added here after these. */
  merge(other: Deltas): void {
    for (const [table, rows] of other.rows) {
      for (const [id, { key, sums, country }] of rows) this.add(table, key, sums, country, id);
    }
    for (const key of other.taken) this.taken.add(key);
  }
}

/** The block rollups' unit of Goldstein score: their sums are integers, in millionths. */
export const GOLDSTEIN_UNITS = 1_000_000;

/** A code's first three letters when it starts with a CAMEO block (`USAGOV` -> `USA`), else null. */
const BLOCK = /^[A-Z0-9]{3}/;
export function blockOf(code: Value | undefined): string | null {
  return typeof code === 'string' && BLOCK.test(code) ? code.slice(0, 3) : null;
}

/** Add one event's share to `deltas`, with `sign` -1 for an event removed. */
function addEvent(deltas: Deltas, event: RollupSource, sign: number): void {
  const [day, quad, g, sa, sc, scountry, ta, tc, tcountry, lat, lon, name, country] = event;
  const goldstein = sign * (g as number);
  const one = [sign, goldstein];
  // The block rollups add Goldstein scores in millionths, as integers: exact in any order, so their means round
  // as the means of a scan of the events do. Halves round away from zero, as SQLite's round() does.
  const micro = (g as number) * GOLDSTEIN_UNITS;
  const oneBlock = [sign, sign * Math.sign(micro) * Math.round(Math.abs(micro))];
  if (day != null) deltas.add('days', [day, quad ?? null], one);
  if (sc != null) deltas.add('actors', [sc], [sign, 0, 0, goldstein], scountry);
  if (tc != null) deltas.add('actors', [tc], [0, sign, sc === tc ? sign : 0, goldstein], tcountry);
  if (sc != null && tc != null) deltas.add('dyads', [sc, tc], one);
  if (lat != null) deltas.add('places', [lat, lon ?? null, name ?? null, country ?? ''], one);
  const sourceBlock = blockOf(sc);
  const targetBlock = blockOf(tc);
  const blocks = [sourceBlock, targetBlock === sourceBlock ? null : targetBlock];
  for (const block of blocks) {
    if (block == null) continue;
    if (day != null) deltas.add('blockDays', [block, day, quad ?? null], oneBlock);
    if (lat != null) deltas.add('blockPlaces', [block, lat, lon ?? null], oneBlock);
    deltas.add('blockPairs', [block, sa ?? 0, ta ?? 0], oneBlock);
    if (day != null && sc != null && sc !== '' && tc != null && tc !== '') {
      deltas.add('blockDyads', [block, (day as string).slice(0, 7), sc, tc], oneBlock);
    }
  }
}

/** The rollups of an open SQLite store, kept up to date article by article by the store's save. */
export interface Rollups {
  /** Add the events of an article just saved. */
  add(events: readonly RollupSource[]): void;
  /** Take away the stored events of an article about to be deleted; keys left without events go. */
  removeArticle(id: string): void;
  /**
   * Run a group commit's `write` with what its articles add and take away summed in JS, and write each key's row
   * once, when `write` returns: the articles of a group share most keys (days, actors, dyads), and a row written once
   * per article was a seventh of a commit's CPU. Call inside the group's transaction.
   */
  grouped<T>(write: () => T): T;
  /**
   * Run one article's `save` inside `grouped`: its share joins the group's if `save` returns, and is dropped if it
   * throws (its savepoint was rolled back). Outside `grouped`, just runs `save`. Not needed where a failure undoes
   * the whole group.
   */
  article<T>(save: () => T): T;
}

/** Prepare the rollup statements of an open database (schema version 4 or later). */
export function prepareRollups(db: Database): Rollups {
  const statements = new Map<TableName, { upsert: Statement; prune: Statement }>();
  for (const [name, table] of Object.entries(TABLES) as [TableName, Table][]) {
    const country = name === 'actors';
    const columns = [...table.keys, ...(country ? ['country'] : []), ...table.sums];
    const set = [...table.sums.map((s) => `${s} = ${s} + excluded.${s}`), ...(country ? ['country = coalesce(country, excluded.country)'] : [])];
    statements.set(name, {
      upsert: db.prepare(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
        ON CONFLICT DO UPDATE SET ${set.join(', ')}`),
      prune: db.prepare(`DELETE FROM ${table.name} WHERE ${table.keys.map((k) => `${k} = ?`).join(' AND ')} AND ${table.empty}`),
    });
  }
  const eventsOf = db.prepare(`SELECT ${ROLLUP_COLUMNS.join(', ')} FROM events WHERE article_id = ?`).raw();
  const write = (deltas: Deltas): void => {
    for (const [name, rows] of deltas.rows) {
      const { upsert, prune } = statements.get(name)!;
      for (const [id, { key, sums, country }] of rows) {
        upsert.run(name === 'actors' ? [...key, country, ...sums] : [...key, ...sums]);
        if (deltas.taken.has(`${name}:${id}`)) prune.run(key);
      }
    }
  };
  // While a group commit runs: the group's sums, and the sums of the article being saved where one may fail alone.
  let group: Deltas | null = null;
  let staged: Deltas | null = null;
  const apply = (events: readonly RollupSource[], sign: number): void => {
    const deltas = staged ?? group ?? new Deltas();
    deltas.removing = sign < 0;
    for (const event of events) addEvent(deltas, event, sign);
    deltas.removing = false;
    if (deltas !== staged && deltas !== group) write(deltas);
  };
  return {
    add: (events) => apply(events, 1),
    removeArticle: (id) => apply(eventsOf.all(id) as RollupSource[], -1),
    grouped(run) {
      group = new Deltas();
      try {
        const result = run();
        write(group);
        return result;
      } finally {
        group = null;
        staged = null;
      }
    },
    article(save) {
      if (group == null) return save();
      staged = new Deltas();
      try {
        const result = save();
        group.merge(staged);
        return result;
      } finally {
        staged = null;
      }
    },
  };
}
