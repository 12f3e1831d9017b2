import { READ_COLUMNS } from '../sqlite/rows.js';
import type { EventQuery } from '../store.js';
import type { EventSort } from '../views.js';
import { bind, whereOf, whereText } from './filter.js';
import type { Params } from './filter.js';

/** A parameterised SQL statement: the text is one of a few shapes, the values are bound. */
export interface Sql {
  text: string;
  params: Params;
}

const EVENT_READ = READ_COLUMNS.filter((column) => column.startsWith('e.'));
const ARTICLE_READ = READ_COLUMNS.filter((column) => column.startsWith('a.'));

const TIE = 'e.article_id, e.sentence, e.seq';
const TIE_DESC = 'e.article_id DESC, e.sentence DESC, e.seq DESC';

// Undated events last in both date orders: the two orders are those of the events_by_date and events_by_date_desc
// indexes, so a page is read from the partitions' indexes in order, merged, instead of sorting every match.
function orderBy(sort: EventSort): string {
  switch (sort) {
    case 'date': return `ORDER BY e.date_key ASC NULLS LAST, ${TIE}`;
    case '-date': return `ORDER BY e.date_key DESC NULLS LAST, ${TIE_DESC}`;
    case 'goldstein': return `ORDER BY e.goldstein, e.date_key NULLS LAST, ${TIE}`;
    case '-goldstein': return `ORDER BY e.goldstein DESC, e.date_key NULLS LAST, ${TIE}`;
    case 'confidence': return `ORDER BY e.confidence, e.date_key NULLS LAST, ${TIE}`;
    case '-confidence': return `ORDER BY e.confidence DESC, e.date_key NULLS LAST, ${TIE}`;
    default: throw new Error(`EventQuery.sort must be one of date, -date, goldstein, -goldstein, confidence, -confidence, got "${String(sort)}"`);
  }
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`EventQuery.${name} must be a whole number, got ${value}`);
  return value;
}

/**
 * Turn an event query into parameterised SQL over `events` joined with `articles` (`actorIds`: see `whereOf`), the
 * columns those of the SQLite store's reads. The page is chosen among the events first, then joined to its articles.
 */
export function eventsSql(query: EventQuery = {}, actorIds: readonly number[] | null = null): Sql {
  const params: Params = [];
  const { terms } = whereOf(query, params, actorIds);
  const order = orderBy(query.sort ?? 'date');
  let page = '';
  if (query.limit != null || query.offset != null) {
    const limit = query.limit == null ? null : count(query.limit, 'limit');
    const offset = query.offset == null ? 0 : count(query.offset, 'offset');
    page = ` LIMIT ${bind(params, limit)} OFFSET ${bind(params, offset)}`;
  }
  // A page looks its articles up one by one (a plan kept for any page size would otherwise hash every article).
  const articles = page === ''
    ? 'JOIN articles a ON a.id = e.article_id'
    : `CROSS JOIN LATERAL (SELECT * FROM articles a WHERE a.id = e.article_id OFFSET 0) a`;
  const text = `SELECT ${EVENT_READ.join(', ')}, ${ARTICLE_READ.join(', ')}
    FROM (SELECT * FROM events e${whereText(terms)} ${order}${page}) e ${articles} ${order}`;
  return { text, params };
}
