import { dayOf } from '../format/event-day.js';
import type { EventFilter } from './store.js';
import type { BBox, ViewQuery } from './views.js';

/** Rows a view returns when the query sets no limit. */
export const DEFAULT_LIMIT = 100;

/** A `since` or `until` bound as the day it counts as; throws on what is no ISO date. */
export function checkedDay(value: string, name: string): string {
  const key = dayOf(value);
  if (key == null) throw new Error(`EventQuery.${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  return key;
}

/** A QuadClass filter, 1 to 4; throws on anything else. */
export function checkedQuadClass(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 4) throw new Error(`EventQuery.quadClass must be 1 to 4, got ${value}`);
  return value;
}

/** A bounding box `[west, south, east, north]` in degrees; throws on one that is not. */
export function checkedBBox(box: BBox): BBox {
  const [west, south, east, north] = box;
  const ok = box.length === 4 && box.every(Number.isFinite) && Math.abs(west) <= 180 && Math.abs(east) <= 180
    && south >= -90 && north <= 90 && south <= north;
  if (!ok) throw new Error(`EventQuery.bbox must be [west, south, east, north] in degrees, got ${JSON.stringify(box)}`);
  return box;
}

/** A view's page size: the query's limit, a whole number above 0, else the default. */
export function limitOf(query: ViewQuery): number {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`the limit must be a whole number above 0, got ${limit}`);
  return limit;
}

/** A view's offset: a whole number, 0 when unset. */
export function offsetOf(offset: number | undefined): number {
  if (offset == null) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw new Error(`the offset must be a whole number, got ${offset}`);
  return offset;
}

/** Whether a filter sets nothing: the unfiltered views read the rollup tables. */
export const isEmptyFilter = (filter: EventFilter): boolean =>
  Object.entries(filter).every(([key, value]) => ['limit', 'offset', 'sort'].includes(key) || value == null);
