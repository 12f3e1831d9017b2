import type { Context } from 'hono';
import { dayOf } from '../format/event-day.js';
import { EVENT_SORTS, PERIODS, searchTerms } from '../store/index.js';
import type { BBox, EventFilter, EventSort, Period } from '../store/index.js';
import { ApiError } from './errors.js';

/** Bounds on what one request may ask for. */
export const LIMITS = {
  eventsPage: 500, defaultEventsPage: 50, maxOffset: 100_000, aggregateRows: 1000, periodRows: 5000,
  searchChars: 200, idChars: 512,
} as const;

const FILTERS = ['actor', 'type', 'cameo', 'quadClass', 'status', 'since', 'until', 'bbox', 'q'] as const;
/** The query parameters that filter events, shared by every read endpoint. */
export const FILTER_PARAMS: readonly string[] = FILTERS;

const STATUSES = ['occurred', 'planned', 'negated', 'hypothetical'];
const ISO_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const bad = (message: string): ApiError => new ApiError(400, message);

/** The single value of each query parameter; unknown and repeated parameters are refused with a 400. */
export function readParams(c: Context, allowed: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, list] of Object.entries(c.req.queries())) {
    if (!allowed.includes(name)) {
      throw bad(`Unknown parameter "${name.slice(0, 40)}"; this endpoint takes: ${allowed.join(', ')}`);
    }
    if (list.length > 1) throw bad(`Parameter "${name}" is given ${list.length} times; give it once`);
    values.set(name, list[0] ?? '');
  }
  return values;
}

function pattern(value: string, name: string, re: RegExp, what: string): string {
  if (!re.test(value)) throw bad(`Parameter "${name}" must be ${what}, got "${value.slice(0, 40)}"`);
  return value;
}

function isoDay(value: string, name: string): string {
  const m = ISO_DAY.exec(value);
  const month = Number(m?.[2] ?? 1);
  const day = Number(m?.[3] ?? 1);
  const real = m != null && month >= 1 && month <= 12 && day >= 1
    && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!real) throw bad(`Parameter "${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value.slice(0, 40)}"`);
  return value;
}

/** A whole number in `[min, max]`, or the fallback when absent. */
export function intParam(values: Map<string, string>, name: string, min: number, max: number, fallback: number): number {
  const raw = values.get(name);
  if (raw == null) return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw bad(`Parameter "${name}" must be a whole number from ${min} to ${max}, got "${raw.slice(0, 40)}"`);
  return n;
}

/** One of a fixed set of words, or the fallback when absent. */
export function choiceParam<T extends string>(values: Map<string, string>, name: string, choices: readonly T[], fallback: T): T {
  const raw = values.get(name);
  if (raw == null) return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw bad(`Parameter "${name}" must be one of ${choices.join(', ')}, got "${raw.slice(0, 40)}"`);
  return raw as T;
}

function bboxParam(value: string): BBox {
  const parts = value.split(',').map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  const [west, south, east, north] = parts as BBox;
  const ok = parts.length === 4 && parts.every(Number.isFinite) && Math.abs(west) <= 180 && Math.abs(east) <= 180
    && Math.abs(south) <= 90 && Math.abs(north) <= 90 && south <= north;
  if (!ok) throw bad(`Parameter "bbox" must be west,south,east,north in degrees (south <= north), got "${value.slice(0, 60)}"`);
  return [west, south, east, north];
}

function searchParam(value: string): string {
  if (value.length > LIMITS.searchChars) throw bad(`Parameter "q" may have at most ${LIMITS.searchChars} characters`);
  try {
    searchTerms(value);
  } catch (error) {
    throw bad(`Parameter "q": ${(error as Error).message}`);
  }
  return value;
}

/** The event filter of a request, every value checked. */
export function filterParams(values: Map<string, string>): EventFilter {
  const filter: EventFilter = {};
  const get = (name: string): string | undefined => values.get(name);
  const actor = get('actor');
  if (actor != null) filter.actor = pattern(actor, 'actor', /^[A-Za-z0-9]{1,30}$/, 'a CAMEO actor code or prefix such as SYR or SYRGOV').toUpperCase();
  const type = get('type');
  if (type != null) filter.type = pattern(type, 'type', /^[A-Za-z_]{1,30}$/, 'a PLOVER event type such as CONSULT').toUpperCase();
  const cameo = get('cameo');
  if (cameo != null) filter.cameo = pattern(cameo, 'cameo', /^\d{1,4}$/, 'a CAMEO event code or root of 1 to 4 digits such as 04 or 042');
  if (get('quadClass') != null) filter.quadClass = intParam(values, 'quadClass', 1, 4, 1);
  const status = get('status');
  if (status != null) filter.status = choiceParam(values, 'status', STATUSES, 'occurred');
  const since = get('since');
  if (since != null) filter.since = isoDay(since, 'since');
  const until = get('until');
  if (until != null) filter.until = isoDay(until, 'until');
  if (since != null && until != null && (dayOf(since) ?? '') > (dayOf(until) ?? '')) {
    throw bad(`Parameter "since" (${since}) is after "until" (${until})`);
  }
  const bbox = get('bbox');
  if (bbox != null) filter.bbox = bboxParam(bbox);
  const q = get('q');
  if (q != null) filter.q = searchParam(q);
  return filter;
}

/** The sort order of an event listing. */
export const sortParam = (values: Map<string, string>): EventSort => choiceParam(values, 'sort', EVENT_SORTS, '-date');

/** The period of a time-bucketed view. */
export const periodParam = (values: Map<string, string>, fallback: Period): Period => choiceParam(values, 'by', PERIODS, fallback);
