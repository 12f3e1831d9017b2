import { dayOf } from '../../format/event-day.js';
import type { EventQuery } from '../store.js';
import { READ_COLUMNS } from './rows.js';

/** A parameterised SQL statement: the text is one of a few shapes, the values are bound. */
export interface Sql {
  text: string;
  params: (string | number)[];
}

/** The select every read of events starts from: the event columns and its article's. */
export const SELECT_EVENTS = `SELECT ${READ_COLUMNS.join(', ')} FROM events e JOIN articles a ON a.id = e.article_id`;

// Undated events last. A date filter keeps dated events only, and then the first term goes: both orders match the
// events_by_date index, so SQLite reads rows in order instead of sorting them.
const ORDER = 'ORDER BY e.date_key IS NULL, e.date_key, e.article_id, e.sentence, e.seq';
const DATED_ORDER = 'ORDER BY e.date_key, e.article_id, e.sentence, e.seq';

/** A GLOB pattern matching everything that starts with `prefix`, taken literally. */
export function globPrefix(prefix: string): string {
  return `${prefix.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

function day(value: string, name: string): string {
  const key = dayOf(value);
  if (key == null) throw new Error(`EventQuery.${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  return key;
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`EventQuery.${name} must be a whole number, got ${value}`);
  return value;
}

/** Turn an event query into parameterised SQL over `events` joined with `articles`. */
export function eventsSql(query: EventQuery = {}): Sql {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.actor != null) {
    const pattern = globPrefix(query.actor.toUpperCase());
    // Through the actors table: its (code, name) key finds the actors, their (actor, date) indexes the events.
    where.push(`(e.source_actor IN (SELECT id FROM actors WHERE code GLOB ?)
      OR e.target_actor IN (SELECT id FROM actors WHERE code GLOB ?))`);
    params.push(pattern, pattern);
  }
  if (query.type != null) {
    where.push('e.plover = ?');
    params.push(query.type.toUpperCase());
  }
  if (query.cameo != null) {
    where.push('e.cameo GLOB ?');
    params.push(globPrefix(query.cameo));
  }
  const dated = query.since != null || query.until != null;
  if (dated) where.push('(e.date_key IS NULL) = 0');
  if (query.since != null) {
    where.push('e.date_key >= ?');
    params.push(day(query.since, 'since'));
  }
  if (query.until != null) {
    where.push('e.date_key <= ?');
    params.push(day(query.until, 'until'));
  }
  if (query.status != null) {
    where.push('e.status = ?');
    params.push(query.status);
  }
  if (query.article != null) {
    where.push('e.article_id = ?');
    params.push(query.article);
  }
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  let text = `${SELECT_EVENTS}${filter} ${dated ? DATED_ORDER : ORDER}`;
  if (query.limit != null || query.offset != null) {
    text += ' LIMIT ? OFFSET ?';
    params.push(query.limit == null ? -1 : count(query.limit, 'limit'), query.offset == null ? 0 : count(query.offset, 'offset'));
  }
  return { text, params };
}
