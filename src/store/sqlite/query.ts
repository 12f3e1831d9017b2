import type { EventQuery } from '../store.js';
import type { EventSort } from '../views.js';
import { whereOf, whereText } from './filter.js';
import { READ_COLUMNS } from './rows.js';

/** A parameterised SQL statement: the text is one of a few shapes, the values are bound. */
export interface Sql {
  text: string;
  params: (string | number)[];
}

/** The select every read of events starts from: the event columns and its article's. */
export const SELECT_EVENTS = `SELECT ${READ_COLUMNS.join(', ')} FROM events e JOIN articles a ON a.id = e.article_id`;

const TIE = 'e.article_id, e.sentence, e.seq';
const TIE_DESC = 'e.article_id DESC, e.sentence DESC, e.seq DESC';

// Undated events last. A date filter keeps dated events only, and then the first term goes: both orders match the
// events_by_date index (newest first: events_by_date_desc, or the same index read backwards), so SQLite reads rows
// in order instead of sorting them.
function orderBy(sort: EventSort, dated: boolean): string {
  const undatedLast = dated ? '' : 'e.date_key IS NULL, ';
  switch (sort) {
    case 'date': return `ORDER BY ${undatedLast}e.date_key, ${TIE}`;
    case '-date': return `ORDER BY ${undatedLast}e.date_key DESC, ${TIE_DESC}`;
    case 'goldstein': return `ORDER BY e.goldstein, e.date_key IS NULL, e.date_key, ${TIE}`;
    case '-goldstein': return `ORDER BY e.goldstein DESC, e.date_key IS NULL, e.date_key, ${TIE}`;
    case 'confidence': return `ORDER BY e.confidence, e.date_key IS NULL, e.date_key, ${TIE}`;
    case '-confidence': return `ORDER BY e.confidence DESC, e.date_key IS NULL, e.date_key, ${TIE}`;
    default: throw new Error(`EventQuery.sort must be one of date, -date, goldstein, -goldstein, confidence, -confidence, got "${String(sort)}"`);
  }
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`EventQuery.${name} must be a whole number, got ${value}`);
  return value;
}

/** The index that lists events in a date order, to walk instead of sorting. */
export function dateIndex(sort: EventSort | undefined): string | null {
  return sort == null || sort === 'date' ? 'events_by_date' : sort === '-date' ? 'events_by_date_desc' : null;
}

/**
 * Turn an event query into parameterised SQL over `events` joined with `articles`. With `walk`, the rows are read
 * along the date index and tested against the filter until the page is full: far faster than collecting and sorting
 * every match when a filter matches many events (the caller counts them first). With `within` (a select of `rid`,
 * the rowids of the matching events), the page is read from those rows.
 */
export function eventsSql(query: EventQuery = {}, walk = false, within: Sql | null = null): Sql {
  const where = whereOf(query);
  const { dated } = where;
  // `within`: the matching events' rowids, found another way (an actor's index entries); only their rows are read.
  const terms = within == null ? where.terms : [`e.rowid IN (SELECT rid FROM (${within.text}))`];
  const params = within == null ? where.params : [...within.params];
  const index = walk ? dateIndex(query.sort) : null;
  const from = index == null ? SELECT_EVENTS : SELECT_EVENTS.replace('FROM events e', `FROM events e INDEXED BY ${index}`);
  let text = `${from}${whereText(terms)} ${orderBy(query.sort ?? 'date', dated)}`;
  if (query.limit != null || query.offset != null) {
    text += ' LIMIT ? OFFSET ?';
    params.push(query.limit == null ? -1 : count(query.limit, 'limit'), query.offset == null ? 0 : count(query.offset, 'offset'));
  }
  return { text, params };
}
