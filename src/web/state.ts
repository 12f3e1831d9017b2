/** The filters every view shares, as kept in the page's URL. */
export interface Filters {
  actor: string;
  type: string;
  cameo: string;
  quadClass: string;
  status: string;
  since: string;
  until: string;
  q: string;
  bbox: string;
}

/** What the page shows: the filters, the table's page and order, the timeline's period, and an open article. */
export interface State {
  filters: Filters;
  sort: string;
  offset: number;
  by: string;
  article: string | null;
}

/** The filters, in the order the URL and the API list them. */
export const FILTER_KEYS: (keyof Filters)[] = ['actor', 'type', 'cameo', 'quadClass', 'status', 'since', 'until', 'q', 'bbox'];

/** Read the state from a query string. */
export function readState(search: string): State {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as Filters;
  return {
    filters,
    sort: params.get('sort') ?? '-date',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    by: params.get('by') ?? '',
    article: params.get('article'),
  };
}

/** The query string of a state: only what differs from the defaults, so shared links stay short. */
export function writeState(state: State): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state.filters[k] !== '') params.set(k, state.filters[k]);
  if (state.sort !== '-date') params.set('sort', state.sort);
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (state.by !== '') params.set('by', state.by);
  if (state.article != null) params.set('article', state.article);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The API query string of the filters alone, plus extra parameters. */
export function apiQuery(filters: Filters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k] !== '') params.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
