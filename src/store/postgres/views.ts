import type pg from 'pg';
import type { Message } from '../../model/index.js';
import { isEmptyFilter, limitOf, offsetOf } from '../checks.js';
import { recordFrom } from '../sqlite/rows.js';
import type { StoredEventRow } from '../sqlite/rows.js';
import type { EventFilter } from '../store.js';
import type {
  ActorCount, ArticleSummary, DyadCount, Period, PlaceCount, StoreViews, StoredArticle, TimelinePoint,
} from '../views.js';
import { rowsOf } from './db.js';
import { actorIdsOf, bind, whereFor, whereOf, whereText } from './filter.js';
import type { Params } from './filter.js';
import { TOP_PAIRS } from './pairs.js';
import { eventsSql } from './query.js';


/** The period of a day key (`YYYY-MM-DD` text): ISO weeks are labelled by their Monday, as in the SQLite store. */
const PERIOD_SQL: Record<Period, (day: string) => string> = {
  day: (day) => day,
  week: (day) => `to_char(date_trunc('week', ${day}::date), 'YYYY-MM-DD')`,
  month: (day) => `substr(${day}, 1, 7)`,
};

function periodSql(by: Period, day: string): string {
  const sql = PERIOD_SQL[by];
  if (sql == null) throw new Error(`the period must be day, week or month, got "${String(by)}"`);
  return sql(day);
}

/** Two decimals, half away from zero, as SQLite's round(x, 2). */
const round2 = (n: number): number => Math.sign(n) * Math.round(Math.abs(n) * 100) / 100;
/** Two decimals as the SQLite store rounds an actor's mean in JavaScript. */
const roundActor = (n: number): number => Math.round(n * 100) / 100;

const SET_COLUMNS = `e.source_actor AS sa, e.target_actor AS ta, e.date_key AS day, e.quad_class AS quad, e.goldstein AS g,
  e.location_lat AS lat, e.location_lon AS lon`;

/**
 * The events of a filter as a subquery of the columns the aggregates read. An actor filter is split in two, events
 * where one of its actors is the source and events where one is the target only, so each side is an index-only scan
 * of its actor index (a bitmap OR of the two would read every matching row) and no event counts twice.
 */
async function eventSet(pool: pg.Pool, filter: EventFilter, params: Params): Promise<string> {
  const { actor, ...rest } = filter;
  if (actor == null) return `SELECT ${SET_COLUMNS} FROM events e${whereText(whereOf(rest, params).terms)}`;
  const ids = `${bind(params, await actorIdsOf(pool, actor))}::bigint[]`;
  const { terms } = whereOf(rest, params);
  const source = `SELECT ${SET_COLUMNS} FROM events e${whereText([`e.source_actor = ANY(${ids})`, ...terms])}`;
  const target = `SELECT ${SET_COLUMNS} FROM events e${whereText([`e.target_actor = ANY(${ids})`,
    `(e.source_actor IS NULL OR e.source_actor <> ALL(${ids}))`, ...terms])}`;
  return `${source} UNION ALL ${target}`;
}

/** The read views of `StoreViews` over a PostgreSQL pool: the same answers as the SQLite store's for the same data. */
export function postgresViews(pool: pg.Pool): StoreViews {
  const all = (text: string, params: Params = []): Promise<unknown[][]> => rowsOf(pool, text, params);

  async function namesOf(codes: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await all(`SELECT code, name FROM (SELECT code, name, row_number() OVER (
        PARTITION BY code ORDER BY first_seen NULLS LAST, name) AS n FROM actors WHERE code = ANY($1::text[]) AND name != '') named
      WHERE n <= 3 ORDER BY code, n`, [codes]);
    const names = new Map<string, string[]>();
    for (const [code, name] of rows as [string, string][]) names.set(code, [...(names.get(code) ?? []), name]);
    return names;
  }

  return {
    async countEvents(filter = {}, cap = Number.MAX_SAFE_INTEGER) {
      const params: Params = [];
      const set = await eventSet(pool, filter, params);
      const [[n]] = await all(`SELECT count(*) FROM (SELECT 1 FROM (${set}) s LIMIT ${bind(params, cap)}) capped`, params) as [[number]];
      return n;
    },

    async actors(query = {}) {
      const params: Params = [];
      let rows: unknown[][];
      if (isEmptyFilter(query)) {
        const limit = bind(params, limitOf(query));
        rows = await all(`SELECT code, max(country), sum(as_source + as_target - self) AS events, sum(as_source), sum(as_target),
            sum(goldstein) / sum(as_source + as_target) FROM rollup_actors
          GROUP BY code HAVING sum(as_source + as_target) > 0 ORDER BY events DESC, code LIMIT ${limit}`, params);
      } else {
        // Pairs of actor ids first (few rows), then their codes.
        const set = await eventSet(pool, query, params);
        const limit = bind(params, limitOf(query));
        rows = await all(`WITH pairs AS (SELECT sa, ta, count(*) AS n, sum(g) AS g FROM (${set}) s GROUP BY sa, ta),
          coded AS (SELECT nullif(sx.code, '') AS sc, sx.country AS scountry, nullif(tx.code, '') AS tc, tx.country AS tcountry, n, g
            FROM pairs LEFT JOIN actors sx ON sx.id = pairs.sa LEFT JOIN actors tx ON tx.id = pairs.ta)
          SELECT code, max(country), sum(k) AS events, sum(s), sum(t), sum(g) / sum(s + t)
          FROM (SELECT sc AS code, scountry AS country, n AS s, 0 AS t, n AS k, g FROM coded WHERE sc IS NOT NULL
            UNION ALL SELECT tc, tcountry, 0, n, CASE WHEN sc IS NOT DISTINCT FROM tc THEN 0 ELSE n END, g FROM coded WHERE tc IS NOT NULL) sides
          GROUP BY code ORDER BY events DESC, code LIMIT ${limit}`, params);
      }
      const names = await namesOf(rows.map((r) => r[0] as string));
      return rows.map(([code, country, events, asSource, asTarget, goldstein]): ActorCount => ({
        code: code as string, country: country as string | null, events: events as number, asSource: asSource as number,
        asTarget: asTarget as number, goldstein: roundActor(goldstein as number), names: names.get(code as string) ?? [],
      }));
    },

    async dyads(query = {}, by) {
      const params: Params = [];
      let rows: unknown[][];
      if (by == null && isEmptyFilter(query)) {
        rows = await all(TOP_PAIRS, [limitOf(query)]);
      } else {
        const set = await eventSet(pool, query, params);
        const period = by == null ? 'NULL::text' : periodSql(by, 'day');
        const dated = by == null ? '' : ' WHERE day IS NOT NULL';
        rows = await all(`WITH pairs AS (SELECT ${period} AS period, sa, ta, count(*) AS n, sum(g) AS g
            FROM (${set}) s${dated} GROUP BY 1, 2, 3)
          SELECT period, sx.code AS source, tx.code AS target, sum(n) AS events, sum(g) / sum(n)
          FROM pairs JOIN actors sx ON sx.id = pairs.sa JOIN actors tx ON tx.id = pairs.ta
          WHERE sx.code != '' AND tx.code != '' GROUP BY 1, 2, 3 ORDER BY 1, events DESC, source, target
          LIMIT ${bind(params, limitOf(query))}`, params);
      }
      return rows.map(([period, source, target, events, goldstein]): DyadCount => ({
        period: period as string | null, source: source as string, target: target as string, events: events as number,
        goldstein: round2(goldstein as number),
      }));
    },

    async timeline(filter = {}, by = 'day') {
      const params: Params = [];
      let rows: unknown[][];
      if (isEmptyFilter(filter)) {
        rows = await all(`SELECT ${periodSql(by, 'day')} AS period, quad_class, sum(events), sum(goldstein) / sum(events)
          FROM (SELECT day, quad_class, sum(events) AS events, sum(goldstein) AS goldstein FROM rollup_days
            GROUP BY day, quad_class HAVING sum(events) > 0) days GROUP BY 1, 2 ORDER BY 1, 2`);
      } else {
        const set = await eventSet(pool, filter, params);
        rows = await all(`SELECT ${periodSql(by, 'day')} AS period, quad, count(*), avg(g) FROM (${set}) s
          WHERE day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`, params);
      }
      return rows.map(([period, quadClass, events, goldstein]) => ({
        period, quadClass, events, goldstein: round2(goldstein as number),
      }) as TimelinePoint);
    },

    async places(query = {}) {
      const params: Params = [];
      if (isEmptyFilter(query)) {
        const rows = await all(`SELECT name, nullif(country, ''), lat, lon, sum(events) AS events, sum(goldstein) / sum(events)
          FROM rollup_places GROUP BY lat, lon, name, country HAVING sum(events) > 0
          ORDER BY events DESC, name, lat, lon, country LIMIT ${bind(params, limitOf(query))}`, params);
        return rows.map(([name, country, lat, lon, events, goldstein]) => ({
          name, country, lat, lon, events, goldstein: round2(goldstein as number),
        }) as PlaceCount);
      }
      // Counted by point, then each point named: by the first of its names over all the events there, which the
      // place totals hold (a row per point, name and country, for events that are stored).
      const set = await eventSet(pool, query, params);
      const points = await all(`SELECT lat, lon, count(*) AS events, avg(g) FROM (${set}) s WHERE lat IS NOT NULL
        GROUP BY lat, lon ORDER BY events DESC, lat, lon LIMIT ${bind(params, limitOf(query))}`, params);
      if (points.length === 0) return [];
      const named = await all(`SELECT DISTINCT ON (lat, lon) lat, lon, name, nullif(country, '') FROM rollup_places
        WHERE (lat, lon) IN (SELECT * FROM unnest($1::float8[], $2::float8[]))
        GROUP BY lat, lon, name, country HAVING sum(events) > 0 ORDER BY lat, lon, name, country`,
      [points.map((p) => p[0]), points.map((p) => p[1])]);
      const names = new Map(named.map(([lat, lon, name, country]) => [`${lat as number},${lon as number}`, [name, country]]));
      return points.map(([lat, lon, events, goldstein]) => {
        const [name, country] = names.get(`${lat as number},${lon as number}`) ?? [null, null];
        return { name, country, lat, lon, events, goldstein: round2(goldstein as number) } as PlaceCount;
      });
    },

    async articles(query = {}) {
      const params: Params = [];
      const { terms } = await whereFor(pool, query, params);
      const matching = terms.length > 0 ? ` WHERE a.id IN (SELECT e.article_id FROM events e${whereText(terms)})` : '';
      const limit = bind(params, limitOf(query));
      const offset = bind(params, offsetOf(query.offset));
      const rows = await all(`SELECT a.id, a.url, a.title, a.published, a.source, a.event_count FROM articles a${matching}
        ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ${limit} OFFSET ${offset}`, params);
      return rows.map(([id, url, title, published, source, events]) => ({ id, url, title, published, source, events }) as ArticleSummary);
    },

    async article(id) {
      const [row] = await all(`SELECT id, url, title, published, source, byline, text, coded_at, event_count FROM articles WHERE id = $1`, [id]);
      if (row == null) return null;
      const [, url, title, published, source, byline, text, codedAt, events] = row;
      const { text: sql, params } = eventsSql({ article: id });
      const [eventRows, messageRows] = await Promise.all([
        all(sql, params),
        all(`SELECT severity, rule_id, reason, place_start, place_end FROM messages WHERE article_id = $1 ORDER BY seq`, [id]),
      ]);
      const records = (eventRows as StoredEventRow[]).map(recordFrom)
        .sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
      const messages = messageRows.map(([severity, ruleId, reason, start, end]): Message => {
        const message = { severity, ruleId, reason } as Message;
        return start == null || end == null ? message : { ...message, place: { start: start as number, end: end as number } };
      });
      return { id, url, title, published, source, byline, text, codedAt, events, records, messages } as StoredArticle;
    },
  };
}
