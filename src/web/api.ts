import type { EventRecord } from '../model/index.js';

/** A page of `GET /api/events`. */
export interface EventsPage { total: number; totalCapped: boolean; limit: number; offset: number; events: EventRecord[] }
/** A row of `GET /api/actors`. */
export interface ActorCount { code: string; country: string | null; events: number; asSource: number; asTarget: number; goldstein: number; names: string[] }
/** A row of `GET /api/dyads`. */
export interface DyadCount { period: string | null; source: string; target: string; events: number; goldstein: number }
/** A point of `GET /api/timeline`. */
export interface TimelinePoint { period: string; quadClass: number; events: number; goldstein: number }
/** A row of `GET /api/places`. */
export interface PlaceCount { name: string; country: string | null; lat: number; lon: number; events: number; goldstein: number }
/** A stretch of article text and the events and roles over it. */
export interface Segment { start: number; end: number; events: number[]; roles: ('trigger' | 'source' | 'target')[] }
/** `GET /api/articles/{id}`. */
export interface ArticleView {
  article: { id: string; url: string | null; title: string | null; published: string | null; source: string | null; byline?: string | null; text: string; events: number };
  events: EventRecord[];
  segments: Segment[];
}
/** `GET /api/stats`. */
export interface Stats { articles: number; events: number; actors: number; readOnly: boolean }

/** A failed API call, with the server's reason. */
export class ApiFailure extends Error {}

/** GET a path of the API and read its JSON; a non-2xx answer throws with the server's message. */
export async function get<T>(path: string): Promise<T> {
  const response = await fetch(`/api${path}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null) as (T & { error?: { message: string } }) | null;
  if (!response.ok || body == null) throw new ApiFailure(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body;
}
