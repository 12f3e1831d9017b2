import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import { FILTER_PARAMS, LIMITS, filterParams, intParam, periodParam, readParams } from '../params.js';

/** The most timeline points one answer carries: ten years of days in four QuadClasses. */
export const TIMELINE_POINTS = 4 * 3660;

/** `GET /actors`, `/dyads`, `/timeline` and `/places`: aggregates over the events matching the filter. */
export function viewRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/actors', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'limit']);
    const limit = intParam(values, 'limit', 1, LIMITS.aggregateRows, 50);
    return c.json({ actors: await store.actors({ ...filterParams(values), limit }) });
  });
  app.get('/dyads', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'limit', 'by']);
    const by = values.has('by') ? periodParam(values, 'month') : undefined;
    const limit = intParam(values, 'limit', 1, by ? LIMITS.periodRows : LIMITS.aggregateRows, by ? 1000 : 50);
    return c.json({ by: by ?? null, dyads: await store.dyads({ ...filterParams(values), limit }, by) });
  });
  app.get('/timeline', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'by']);
    const by = periodParam(values, 'day');
    const points = await store.timeline(filterParams(values), by);
    // Keep the latest points: a timeline is read from its end.
    const truncated = points.length > TIMELINE_POINTS;
    return c.json({ by, truncated, points: truncated ? points.slice(-TIMELINE_POINTS) : points });
  });
  app.get('/places', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'limit']);
    const limit = intParam(values, 'limit', 1, LIMITS.aggregateRows, 200);
    return c.json({ places: await store.places({ ...filterParams(values), limit }) });
  });
  return app;
}
