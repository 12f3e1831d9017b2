import type { Database, Statement } from 'better-sqlite3';
import type { Message } from '../../model/index.js';
import { isEmptyFilter, limitOf, offsetOf } from '../checks.js';
import { fts5Query, searchTerms } from '../search.js';
import type { EventFilter, EventQuery } from '../store.js';
import type {
  ActorCount, ArticleSummary, DyadCount, Period, PlaceCount, SyncStoreViews as StoreViews, TimelinePoint,
} from '../views.js';
import { DATED, globPrefix, whereOf, whereText } from './filter.js';
import { dateIndex, eventsSql } from './query.js';
import type { Sql } from './query.js';
import { GOLDSTEIN_UNITS, blockOf } from './rollups.js';
import { recordFrom } from './rows.js';
import type { StoredEventRow } from './rows.js';

type Params = (string | number)[];


/** From this many matches on, a page of events is read along the date index rather than sorted. */
const WALK_FROM = 2000;

/** The period an event's day (`day` of an event set) falls in; ISO weeks are labelled by their Monday. */
const PERIOD_SQL: Record<Period, string> = {
  day: 'day',
  week: "date(day, 'weekday 0', '-6 days')",
  month: 'substr(day, 1, 7)',
};

function periodSql(by: Period): string {
  const sql = PERIOD_SQL[by];
  if (sql == null) throw new Error(`the period must be day, week or month, got "${String(by)}"`);
  return sql;
}

const SET_COLUMNS = `e.source_actor AS sa, e.target_actor AS ta, e.date_key AS day, e.quad_class AS quad,
  e.goldstein AS g, e.location_lat AS lat, e.location_lon AS lon`;

/**
 * The events of a filter as a subquery of the columns the aggregates read, each found in the `facts` indexes. An
 * actor filter is split in two index ranges, events where the actor is the source and events where it is only the
 * target, so each side reads its own index and no event is counted twice.
 */
export function eventSet(filter: EventFilter, columns = SET_COLUMNS): { sql: string; params: Params } {
  const { actor, ...rest } = filter;
  const where = whereOf(rest);
  // A date bound already leaves undated events out; without this term the facts indexes, not the listing's
  // date indexes (which start with it), answer the range.
  const terms = where.terms.filter((term) => term !== DATED);
  const { params } = where;
  if (actor == null) return { sql: `SELECT ${columns} FROM events e${whereText(terms)}`, params };
  const pattern = globPrefix(actor.toUpperCase());
  const ids = 'SELECT id FROM actors WHERE code GLOB ?';
  const source = `SELECT ${columns} FROM events e INDEXED BY events_source_facts${whereText([`e.source_actor IN (${ids})`, ...terms])}`;
  const target = `SELECT ${columns} FROM events e INDEXED BY events_target_facts${whereText([`e.target_actor IN (${ids})`,
    `coalesce(e.source_actor NOT IN (${ids}), 1)`, ...terms])}`;
  return { sql: `${source} UNION ALL ${target}`, params: [pattern, ...params, pattern, pattern, ...params] };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * The code block (`USA`) a filter of one actor block and nothing else asks for: its views read the block rollups,
 * a few thousand rows, instead of every event of the block. Null for any other filter.
 */
export function blockFilter(filter: EventFilter): string | null {
  const { actor, ...rest } = filter;
  if (actor == null || !isEmptyFilter(rest)) return null;
  const code = actor.toUpperCase();
  return code.length === 3 && blockOf(code) === code ? code : null;
}

/**
 * Pairs of actor ids with their events and Goldstein sum (`g`, in units of `scale`), from the block rollup or from
 * the events of a filter.
 */
function pairsOf(filter: EventFilter, block: string | null): { sql: string; params: Params; scale: number } {
  if (block != null) {
    return {
      sql: `SELECT NULL AS period, nullif(source_actor, 0) AS sa, nullif(target_actor, 0) AS ta, events AS n,
        goldstein AS g FROM rollup_block_pairs WHERE block = ?`,
      params: [block],
      scale: GOLDSTEIN_UNITS,
    };
  }
  const set = eventSet(filter);
  return { sql: `SELECT NULL AS period, sa, ta, count(*) AS n, sum(g) AS g FROM (${set.sql}) GROUP BY sa, ta`, params: set.params, scale: 1 };
}

/** The mean Goldstein score of a rollup row or sum in millionths, to two decimals. */
const BLOCK_MEAN = (sum: string, events: string): string => `round(${sum} / (${events} * ${GOLDSTEIN_UNITS}.0), 2)`;

/** How a page of events is read: along the date index (`walk`), from a set of rowids (`within`), or as filtered. */
export interface Listing {
  walk: boolean;
  within: Sql | null;
}

// What reading an event's row costs, in index entries read: a search within an actor's events reads the actor's
// index when it has fewer entries than this many times the events with the words.
const ROW_LOOKUP_COST = 8;

/** The read views of `StoreViews` over an open SQLite database, with their statements prepared once per shape. */
export function sqliteViews(db: Database): StoreViews & { listing(query: EventQuery): Listing } {
  const cache = new Map<string, Statement>();
  const prepare = (text: string): Statement => {
    let statement = cache.get(text);
    if (statement == null) {
      statement = db.prepare(text);
      cache.set(text, statement);
    }
    return statement;
  };
  const all = <T>(text: string, params: Params): T[] => prepare(text).all(params) as T[];
  // The events an actor (a code or a code prefix) takes part in, from the running totals: a few rows.
  const actorSize = db.prepare('SELECT coalesce(sum(as_source + as_target - self), 0) FROM rollup_actors WHERE code GLOB ?').pluck();
  const wordsUpTo = db.prepare('SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT ?)').pluck();
  const namesOf = db.prepare("SELECT name FROM actors WHERE code = ? AND name != '' ORDER BY first_seen IS NULL, first_seen, name LIMIT 3").pluck();
  const articleRow = db.prepare(`SELECT id, url, title, published, source, byline, text, coded_at AS codedAt,
    (SELECT count(*) FROM events WHERE article_id = a.id) AS events FROM articles a WHERE id = ?`);
  const placeName = db.prepare(`SELECT location_name AS name, location_country AS country FROM events
    WHERE location_lat = ? AND location_lon = ? ORDER BY location_name LIMIT 1`);
  const messagesOf = db.prepare(`SELECT severity, rule_id AS ruleId, reason, place_start AS start, place_end AS end
    FROM messages WHERE article_id = ? ORDER BY seq`);

  const blockMonths = db.prepare('SELECT DISTINCT substr(day, 1, 7) FROM rollup_block_days WHERE block = ? ORDER BY 1').pluck();
  const blockDyadsOfMonth = db.prepare(`SELECT month AS period, source_code AS source, target_code AS target, events,
      ${BLOCK_MEAN('goldstein', 'events')} AS goldstein FROM rollup_block_dyads WHERE block = ? AND month = ?
    ORDER BY events DESC, source, target LIMIT ?`);
  // Dyads are listed month by month, oldest first, so a page is read from its first months' rows alone.
  const blockDyadsByMonth = (block: string, limit: number): DyadCount[] => {
    const rows: DyadCount[] = [];
    for (const month of blockMonths.all(block) as string[]) {
      rows.push(...blockDyadsOfMonth.all(block, month, limit - rows.length) as DyadCount[]);
      if (rows.length >= limit) break;
    }
    return rows;
  };

  // An actor filter is counted along the actor's two facts indexes (no row lookups), other filters as they come.
  const countOf = (filter: EventFilter, cap: number): number => {
    const where = filter.actor == null ? whereOf(filter) : null;
    const { sql, params } = where == null ? eventSet(filter) : { sql: `SELECT 1 FROM events e${whereText(where.terms)}`, params: where.params };
    return prepare(`SELECT count(*) FROM (SELECT 1 FROM (${sql}) LIMIT ?)`).pluck().get([...params, cap]) as number;
  };

  return {
    countEvents(filter = {}, cap = Number.MAX_SAFE_INTEGER) {
      return countOf(filter, cap);
    },

    actors(query = {}) {
      const limit = limitOf(query);
      let rows: Omit<ActorCount, 'names'>[];
      if (isEmptyFilter(query)) {
        rows = all(`SELECT code, country, as_source + as_target - self AS events, as_source AS asSource,
            as_target AS asTarget, goldstein / (as_source + as_target) AS goldstein
          FROM rollup_actors ORDER BY events DESC, code LIMIT ?`, [limit]);
      } else {
        // Pairs of actor ids first (few rows), then their codes.
        const set = pairsOf(query, blockFilter(query));
        rows = all(`WITH pairs AS (${set.sql}),
          coded AS (SELECT nullif(s.code, '') AS sc, s.country AS scountry, nullif(t.code, '') AS tc, t.country AS tcountry, n, g
            FROM pairs LEFT JOIN actors s ON s.id = pairs.sa LEFT JOIN actors t ON t.id = pairs.ta)
          SELECT code, max(country) AS country, sum(k) AS events, sum(s) AS asSource, sum(t) AS asTarget,
            sum(g) / (sum(s + t) * ${set.scale}.0) AS goldstein
          FROM (SELECT sc AS code, scountry AS country, n AS s, 0 AS t, n AS k, g FROM coded WHERE sc IS NOT NULL
            UNION ALL SELECT tc, tcountry, 0, n, CASE WHEN sc IS tc THEN 0 ELSE n END, g FROM coded WHERE tc IS NOT NULL)
          GROUP BY code ORDER BY events DESC, code LIMIT ?`, [...set.params, limit]);
      }
      return rows.map((r) => ({ ...r, goldstein: round(r.goldstein), names: namesOf.all(r.code) as string[] }));
    },

    dyads(query = {}, by) {
      const limit = limitOf(query);
      if (by == null && isEmptyFilter(query)) {
        return all<DyadCount>(`SELECT NULL AS period, source_code AS source, target_code AS target, events,
            round(goldstein / events, 2) AS goldstein FROM rollup_dyads ORDER BY events DESC, source, target LIMIT ?`, [limit]);
      }
      const block = blockFilter(query);
      if (block != null && by === 'month') return blockDyadsByMonth(block, limit);
      let set: { sql: string; params: Params; scale: number };
      if (by == null) {
        set = pairsOf(query, block);
      } else {
        const events = eventSet(query);
        set = {
          sql: `SELECT ${periodSql(by)} AS period, sa, ta, count(*) AS n, sum(g) AS g FROM (${events.sql})
            WHERE day IS NOT NULL GROUP BY 1, 2, 3`,
          params: events.params,
          scale: 1,
        };
      }
      return all<DyadCount>(`WITH pairs AS (${set.sql})
        SELECT period, s.code AS source, t.code AS target, sum(n) AS events, round(sum(g) / (sum(n) * ${set.scale}.0), 2) AS goldstein
        FROM pairs JOIN actors s ON s.id = pairs.sa JOIN actors t ON t.id = pairs.ta
        WHERE s.code != '' AND t.code != '' GROUP BY 1, 2, 3 ORDER BY 1, events DESC, source, target LIMIT ?`,
      [...set.params, limit]);
    },

    timeline(filter = {}, by = 'day') {
      const period = periodSql(by);
      if (isEmptyFilter(filter)) {
        return all<TimelinePoint>(`SELECT ${period} AS period, quad_class AS quadClass, sum(events) AS events,
            round(sum(goldstein) / sum(events), 2) AS goldstein FROM rollup_days GROUP BY 1, 2 ORDER BY 1, 2`, []);
      }
      const block = blockFilter(filter);
      if (block != null) {
        return all<TimelinePoint>(`SELECT ${period} AS period, quad_class AS quadClass, sum(events) AS events,
            ${BLOCK_MEAN('sum(goldstein)', 'sum(events)')} AS goldstein FROM rollup_block_days WHERE block = ?
          GROUP BY 1, 2 ORDER BY 1, 2`, [block]);
      }
      const set = eventSet(filter);
      return all<TimelinePoint>(`SELECT ${period} AS period, quad AS quadClass, count(*) AS events,
          round(avg(g), 2) AS goldstein FROM (${set.sql}) WHERE day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`, set.params);
    },

    places(query = {}) {
      const limit = limitOf(query);
      if (isEmptyFilter(query)) {
        return all<PlaceCount>(`SELECT name, nullif(country, '') AS country, lat, lon, events,
            round(goldstein / events, 2) AS goldstein FROM rollup_places ORDER BY events DESC, name LIMIT ?`, [limit]);
      }
      // Counted by point from the block rollup or the indexes, then each point named.
      const block = blockFilter(query);
      const set = block == null ? eventSet(query) : null;
      const points = set == null
        ? all<Omit<PlaceCount, 'name' | 'country'>>(`SELECT lat, lon, events, ${BLOCK_MEAN('goldstein', 'events')} AS goldstein
          FROM rollup_block_places WHERE block = ? ORDER BY events DESC, lat, lon LIMIT ?`, [block as string, limit])
        : all<Omit<PlaceCount, 'name' | 'country'>>(`SELECT lat, lon, count(*) AS events,
          round(avg(g), 2) AS goldstein FROM (${set.sql}) WHERE lat IS NOT NULL GROUP BY lat, lon
        ORDER BY events DESC, lat, lon LIMIT ?`, [...set.params, limit]);
      return points.map((p) => ({ ...(placeName.get(p.lat, p.lon) as { name: string; country: string | null }), ...p }));
    },

    listing(query) {
      if (dateIndex(query.sort) != null && query.limit != null && !isEmptyFilter(query) && countOf(query, WALK_FROM) >= WALK_FROM) {
        return { walk: true, within: null };
      }
      // Words within one actor's events: either every event with the words is read (a row lookup each) and tested
      // for the actor, or the actor's index entries are read and each rowid tested against the words, reading rows
      // only for the matches. An index entry costs about an eighth of a row lookup (measured on a million events).
      if (query.q == null || query.actor == null) return { walk: false, within: null };
      const actorEvents = actorSize.get(globPrefix(query.actor.toUpperCase())) as number;
      // The words are counted only as far as decides it: past this, the actor's index is the cheaper side.
      const enough = Math.floor(actorEvents / ROW_LOOKUP_COST) + 1;
      const words = wordsUpTo.get(fts5Query(searchTerms(query.q)), enough) as number;
      if (words < enough) return { walk: false, within: null };
      const set = eventSet(query, 'e.rowid AS rid');
      return { walk: false, within: { text: set.sql, params: set.params } };
    },

    articles(query = {}) {
      const { terms, params } = whereOf(query);
      const matching = terms.length > 0 ? ` WHERE a.id IN (SELECT e.article_id FROM events e${whereText(terms)})` : '';
      const text = `SELECT a.id, a.url, a.title, a.published, a.source,
          (SELECT count(*) FROM events WHERE article_id = a.id) AS events
        FROM articles a${matching} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`;
      return all<ArticleSummary>(text, [...params, limitOf(query), offsetOf(query.offset)]);
    },

    article(id) {
      const row = articleRow.get(id) as Omit<ReturnType<StoreViews['article']> & object, 'records' | 'messages'> | undefined;
      if (row == null) return null;
      const { text, params } = eventsSql({ article: id });
      const records = (prepare(text).raw().all(params) as StoredEventRow[]).map(recordFrom)
        .sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
      const messages = (messagesOf.all(id) as (Omit<Message, 'place'> & { start: number | null; end: number | null })[])
        .map(({ start, end, ...m }) => (start == null || end == null ? m : { ...m, place: { start, end } }));
      return { ...row, records, messages };
    },
  };
}
