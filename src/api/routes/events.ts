import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import { FILTER_PARAMS, LIMITS, filterParams, intParam, readParams, sortParam } from '../params.js';

/** Counting stops here: the count of a huge store stays fast, and says it was capped. */
export const COUNT_CAP = 1000;

/** `GET /events`: a page of events matching the filter, with how many match. */
export function eventsRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const values = readParams(c, [...FILTER_PARAMS, 'limit', 'offset', 'sort']);
    const filter = filterParams(values);
    const limit = intParam(values, 'limit', 1, LIMITS.eventsPage, LIMITS.defaultEventsPage);
    const offset = intParam(values, 'offset', 0, LIMITS.maxOffset, 0);
    const sort = sortParam(values);
    const [counted, events] = await Promise.all([
      store.countEvents(filter, COUNT_CAP + 1), store.events({ ...filter, limit, offset, sort }),
    ]);
    return c.json({ total: Math.min(counted, COUNT_CAP), totalCapped: counted > COUNT_CAP, limit, offset, sort, events });
  });
  return app;
}
