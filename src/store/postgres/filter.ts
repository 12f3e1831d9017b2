import type pg from 'pg';
import { checkedBBox, checkedDay, checkedQuadClass } from '../checks.js';
import { searchTerms, tsQuery } from '../search.js';
import type { EventFilter } from '../store.js';
import { rowsOf } from './db.js';
import type { Client } from './db.js';

type Queryable = pg.Pool | Client;

/** Bound values, in order: `$1`, `$2`, ... */
export type Params = unknown[];

/** Add a value to the bound values; returns its placeholder. */
export function bind(params: Params, value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * The bounds `[from, to)` of the strings that start with `prefix`, for `column >= from AND column < to`: an index
 * range in byte order (COLLATE "C"), whatever plan a prepared statement keeps, where `LIKE $1` could not use one.
 */
export function prefixRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10FFFF}`];
}

/** The ids of the actors whose CAMEO code starts with `prefix` (in any case), looked up before the events are. */
export async function actorIdsOf(db: Queryable, prefix: string): Promise<number[]> {
  const [from, to] = prefixRange(prefix.toUpperCase());
  return (await rowsOf(db, 'SELECT id FROM actors WHERE code >= $1 AND code < $2', [from, to])).map((r) => r[0] as number);
}

/** The expression the evidence index is built on: a query must say it the same way to use the index. */
export const EVIDENCE_TSVECTOR = "to_tsvector('annals_search', e.evidence_text)";

/**
 * Turn an event filter into parameterised WHERE terms over `events e`, binding values into `params`; throws on a
 * value that cannot be a filter (the same checks and messages as the SQLite store). An actor filter needs the ids of
 * its actors (`actorIdsOf`): with them, each side of an event is an index scan, and the two are OR-ed as bitmaps.
 */
export function whereOf(filter: EventFilter, params: Params, actorIds: readonly number[] | null = null): { terms: string[] } {
  const terms: string[] = [];
  if (filter.actor != null) {
    if (actorIds == null) throw new Error('an actor filter needs the ids of its actors');
    const ids = bind(params, actorIds);
    terms.push(`(e.source_actor = ANY(${ids}::bigint[]) OR e.target_actor = ANY(${ids}::bigint[]))`);
  }
  if (filter.type != null) terms.push(`e.plover = ${bind(params, filter.type.toUpperCase())}`);
  if (filter.cameo != null) {
    const [from, to] = prefixRange(filter.cameo);
    terms.push(`e.cameo >= ${bind(params, from)} AND e.cameo < ${bind(params, to)}`);
  }
  if (filter.quadClass != null) terms.push(`e.quad_class = ${bind(params, checkedQuadClass(filter.quadClass))}`);
  if (filter.since != null) terms.push(`e.date_key >= ${bind(params, checkedDay(filter.since, 'since'))}`);
  if (filter.until != null) terms.push(`e.date_key <= ${bind(params, checkedDay(filter.until, 'until'))}`);
  if (filter.status != null) terms.push(`e.status = ${bind(params, filter.status)}`);
  if (filter.article != null) terms.push(`e.article_id = ${bind(params, filter.article)}`);
  if (filter.bbox != null) {
    const [west, south, east, north] = checkedBBox(filter.bbox);
    terms.push(`e.location_lat BETWEEN ${bind(params, south)} AND ${bind(params, north)}`);
    const [w, e] = [bind(params, west), bind(params, east)];
    terms.push(west <= east ? `e.location_lon BETWEEN ${w} AND ${e}` : `(e.location_lon >= ${w} OR e.location_lon <= ${e})`);
  }
  if (filter.q != null) {
    terms.push(`${EVIDENCE_TSVECTOR} @@ to_tsquery('annals_search', ${bind(params, tsQuery(searchTerms(filter.q)))})`);
  }
  return { terms };
}

/** `whereOf` with the ids of the filter's actors looked up first. */
export async function whereFor(db: Queryable, filter: EventFilter, params: Params): Promise<{ terms: string[] }> {
  return whereOf(filter, params, filter.actor == null ? null : await actorIdsOf(db, filter.actor));
}

/** ` WHERE a AND b`, or nothing for no terms. */
export function whereText(terms: readonly string[]): string {
  return terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '';
}
