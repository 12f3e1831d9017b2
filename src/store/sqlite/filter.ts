import { checkedBBox, checkedDay, checkedQuadClass } from '../checks.js';
import { fts5Query, searchTerms } from '../search.js';
import type { EventFilter } from '../store.js';

/** The WHERE terms of a filter over `events e`, their bound values, and whether the filter keeps dated events only. */
export interface Where {
  terms: string[];
  params: (string | number)[];
  dated: boolean;
}

/** The term a date bound adds, so listings by date read the date indexes (which start with `date_key IS NULL`). */
export const DATED = '(e.date_key IS NULL) = 0';

/** A GLOB pattern matching everything that starts with `prefix`, taken literally. */
export function globPrefix(prefix: string): string {
  return `${prefix.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

/** Turn an event filter into parameterised WHERE terms over `events e`; throws on a value that cannot be a filter. */
export function whereOf(filter: EventFilter = {}): Where {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  // First: it needs only the rowid, which every index holds, so a walk along the date index tests it before reading
  // the row, and reads rows only for events that have the words.
  if (filter.q != null) {
    terms.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
    params.push(fts5Query(searchTerms(filter.q)));
  }
  if (filter.actor != null) {
    const pattern = globPrefix(filter.actor.toUpperCase());
    // Through the actors table: its (code, name) key finds the actors, their (actor, date) indexes the events.
    terms.push(`(e.source_actor IN (SELECT id FROM actors WHERE code GLOB ?)
      OR e.target_actor IN (SELECT id FROM actors WHERE code GLOB ?))`);
    params.push(pattern, pattern);
  }
  if (filter.type != null) {
    terms.push('e.plover = ?');
    params.push(filter.type.toUpperCase());
  }
  if (filter.cameo != null) {
    terms.push('e.cameo GLOB ?');
    params.push(globPrefix(filter.cameo));
  }
  if (filter.quadClass != null) {
    terms.push('e.quad_class = ?');
    params.push(checkedQuadClass(filter.quadClass));
  }
  const dated = filter.since != null || filter.until != null;
  if (dated) terms.push(DATED);
  if (filter.since != null) {
    terms.push('e.date_key >= ?');
    params.push(checkedDay(filter.since, 'since'));
  }
  if (filter.until != null) {
    terms.push('e.date_key <= ?');
    params.push(checkedDay(filter.until, 'until'));
  }
  if (filter.status != null) {
    terms.push('e.status = ?');
    params.push(filter.status);
  }
  if (filter.article != null) {
    terms.push('e.article_id = ?');
    params.push(filter.article);
  }
  if (filter.bbox != null) {
    const [west, south, east, north] = checkedBBox(filter.bbox);
    terms.push('e.location_lat BETWEEN ? AND ?');
    params.push(south, north);
    terms.push(west <= east ? 'e.location_lon BETWEEN ? AND ?' : '(e.location_lon >= ? OR e.location_lon <= ?)');
    params.push(west, east);
  }
  return { terms, params, dated };
}

/** ` WHERE a AND b`, or nothing for no terms. */
export function whereText(terms: readonly string[]): string {
  return terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '';
}
