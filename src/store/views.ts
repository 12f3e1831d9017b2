import type { EventRecord, Message, QuadClass } from '../model/index.js';
import type { EventFilter, Synchronous } from './store.js';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** Orders of an event listing: by day, Goldstein score or confidence; a leading `-` is descending. */
export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein' | 'confidence' | '-confidence';

/** Every sort order, for validation. */
export const EVENT_SORTS: readonly EventSort[] = ['date', '-date', 'goldstein', '-goldstein', 'confidence', '-confidence'];

/** How aggregates are bucketed in time: a day, an ISO week (labelled by its Monday) or a month (`YYYY-MM`). */
export type Period = 'day' | 'week' | 'month';

/** Every period, for validation. */
export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

/** A filter with the number of rows an aggregate may return. */
export interface ViewQuery extends EventFilter {
  limit?: number;
}

/** An actor code with the events it takes part in. */
export interface ActorCount {
  code: string;
  country: string | null;
  /** Events with this code as source or target (an event between two sides of one code counts once). */
  events: number;
  asSource: number;
  asTarget: number;
  /** Mean Goldstein score of those events. */
  goldstein: number;
  /** Up to three names stored under the code ("Ahmed al-Sharaa"). */
  names: string[];
}

/** Events from one actor code to another, in a period or over the whole filter. */
export interface DyadCount {
  /** The period label, or null for the whole filter. */
  period: string | null;
  source: string;
  target: string;
  events: number;
  goldstein: number;
}

/** Dated events of one QuadClass in one period. */
export interface TimelinePoint {
  period: string;
  quadClass: QuadClass;
  events: number;
  goldstein: number;
}

/** Events at one place. */
export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  goldstein: number;
}

/** An article as listed: its metadata and how many events it has. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  events: number;
}

/** An article with its text, its events in text order and the messages coding left on it. */
export interface StoredArticle extends ArticleSummary {
  /** Who wrote it, as the page, feed or record named them; null when unknown. */
  byline: string | null;
  text: string;
  codedAt: string;
  records: EventRecord[];
  messages: Message[];
}

/** Read views over stored events, for the API and the dashboard. Each takes the same filter as `events`. */
export interface StoreViews {
  /** How many events match, counting no further than `cap` (the count of a huge store stays bounded in time). */
  countEvents(filter?: EventFilter, cap?: number): Promise<number>;
  /** Actor codes by the number of matching events they take part in, most first. */
  actors(query?: ViewQuery): Promise<ActorCount[]>;
  /** Coded source-target pairs with counts and mean Goldstein, most first; per period (dated events only) if `by`. */
  dyads(query?: ViewQuery, by?: Period): Promise<DyadCount[]>;
  /** Dated events per period and QuadClass, oldest period first. */
  timeline(filter?: EventFilter, by?: Period): Promise<TimelinePoint[]>;
  /** Located events per place, most first. */
  places(query?: ViewQuery): Promise<PlaceCount[]>;
  /** Articles with at least one matching event (all articles for an empty filter), newest first. */
  articles(query?: ViewQuery & { offset?: number }): Promise<ArticleSummary[]>;
  /** One article with its text, events and messages; null when there is none with this id. */
  article(id: string): Promise<StoredArticle | null>;
}

/** The read views as the SQLite backend implements them, synchronously. */
export type SyncStoreViews = Synchronous<StoreViews>;
