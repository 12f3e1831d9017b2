import type {
  ActorRef, EventDate, EventLocation, EventRecord, Message, QuadClass, TextSpan,
} from '../../model/index.js';
import { eventDay } from '../../format/event-day.js';

const actorColumns = <R extends string>(role: R) => [
  `${role}_actor`, `${role}_code`, `${role}_country`, `${role}_sectors`, `${role}_name`,
  `${role}_text`, `${role}_start`, `${role}_end`,
] as const;

/** The columns of `events` written on insert, in order. */
export const EVENT_COLUMNS = [
  'id', 'article_id', 'seq', 'sentence', 'cameo', 'root_code', 'plover', 'plover_mode', 'quad_class', 'goldstein',
  'status', 'date_value', 'date_precision', 'date_start', 'date_end', 'date_text', 'date_from', 'date_key',
  ...actorColumns('source'), ...actorColumns('target'),
  'trigger_text', 'trigger_start', 'trigger_end', 'evidence_text', 'evidence_start', 'evidence_end',
  'location_name', 'location_country', 'location_admin1', 'location_lat', 'location_lon', 'location_geoname_id',
  'location_feature_class', 'location_precision', 'location_from', 'location_null_keys',
  'confidence', 'pattern', 'contexts',
] as const;

/** A value as bound to or read from SQLite. */
export type Value = string | number | null;

type EventColumn = (typeof EVENT_COLUMNS)[number];

/** What a read of events selects, in order: every event column, then its article's. */
export const READ_COLUMNS = [
  ...EVENT_COLUMNS.map((column) => `e.${column}`), 'a.url', 'a.title', 'a.published', 'a.source',
] as const;

type ReadColumn = EventColumn | 'article_url' | 'article_title' | 'article_published' | 'article_source';

// Rows are read raw (arrays): objects with some seventy keys cost three times as much to build.
const AT = new Map<ReadColumn, number>(
  [...EVENT_COLUMNS, 'article_url', 'article_title', 'article_published', 'article_source']
    .map((column, index) => [column as ReadColumn, index]),
);

/** One row of `READ_COLUMNS`, as better-sqlite3 returns it in raw mode. */
export type StoredEventRow = Value[];

const col = (row: StoredEventRow, column: ReadColumn): Value => row[AT.get(column) as number] ?? null;

/** Where the source's actor id goes in an event row: ids are known only inside the save's transaction. */
export const SOURCE_ACTOR = EVENT_COLUMNS.indexOf('source_actor');
/** Where the target's actor id goes in an event row. */
export const TARGET_ACTOR = EVENT_COLUMNS.indexOf('target_actor');

/** Where the evidence sentence is in an event row: the store indexes it for search itself. */
export const EVIDENCE_TEXT = EVENT_COLUMNS.indexOf('evidence_text');

type Role = 'source' | 'target';

// `admin1` and `featureClass` may be absent or null; these bits remember an explicit null so the record comes back equal.
const ADMIN1_NULL = 1;
const FEATURE_CLASS_NULL = 2;

function actorValues(actor: ActorRef | null): Value[] {
  if (actor == null) return [null, null, null, null, null, null, null, null];
  return [null, actor.code, actor.country, JSON.stringify(actor.sectors), actor.name,
    actor.text, actor.start, actor.end];
}

function locationValues(l: EventLocation | null): Value[] {
  if (l == null) return [null, null, null, null, null, null, null, null, null, 0];
  const nullKeys = (l.admin1 === null ? ADMIN1_NULL : 0) | (l.featureClass === null ? FEATURE_CLASS_NULL : 0);
  return [l.name, l.country, l.admin1 ?? null, l.lat, l.lon, l.geonameId, l.featureClass ?? null,
    l.precision ?? null, l.from ?? null, nullKeys];
}

/**
 * Flatten a record into the values of `EVENT_COLUMNS`, in order; the actor ids (`SOURCE_ACTOR`, `TARGET_ACTOR`)
 * are left null for the store to fill in.
 */
export function eventValues(r: EventRecord, seq: number): Value[] {
  const d = r.date;
  return [
    r.id, r.article.id, seq, r.sentence, r.cameo, r.cameo.slice(0, 2), r.plover, r.ploverMode, r.quadClass, r.goldstein,
    r.status, d.value, d.precision, d.start ?? null, d.end ?? null, d.text, d.from, eventDay(d),
    ...actorValues(r.source), ...actorValues(r.target),
    r.trigger.text, r.trigger.start, r.trigger.end, r.evidence.text, r.evidence.start, r.evidence.end,
    ...locationValues(r.location),
    r.confidence, r.pattern,
    // A JSON list; null for a record that has no `contexts` key, so it comes back without one.
    r.contexts == null ? null : JSON.stringify(r.contexts),
  ];
}

/** The values of one `messages` row, after its article id and position. */
export function messageValues(m: Message): Value[] {
  return [m.severity, m.ruleId, m.reason, m.place?.start ?? null, m.place?.end ?? null];
}

function spanFrom(row: StoredEventRow, name: 'trigger' | 'evidence'): TextSpan {
  return {
    text: col(row, `${name}_text`) as string,
    start: col(row, `${name}_start`) as number,
    end: col(row, `${name}_end`) as number,
  };
}

function actorFrom(row: StoredEventRow, role: Role): ActorRef | null {
  const start = col(row, `${role}_start`);
  if (start == null) return null;
  return {
    code: col(row, `${role}_code`) as string | null,
    country: col(row, `${role}_country`) as string | null,
    sectors: JSON.parse(col(row, `${role}_sectors`) as string) as string[],
    name: col(row, `${role}_name`) as string | null,
    text: col(row, `${role}_text`) as string,
    start: start as number,
    end: col(row, `${role}_end`) as number,
  };
}

function dateFrom(row: StoredEventRow): EventDate {
  const date: EventDate = {
    value: col(row, 'date_value') as string | null,
    precision: col(row, 'date_precision') as EventDate['precision'],
    text: col(row, 'date_text') as string | null,
    from: col(row, 'date_from') as EventDate['from'],
  };
  const start = col(row, 'date_start');
  if (start != null) date.start = start as string;
  const end = col(row, 'date_end');
  if (end != null) date.end = end as string;
  return date;
}

function locationFrom(row: StoredEventRow): EventLocation | null {
  if (col(row, 'location_name') == null) return null;
  const location: EventLocation = {
    name: col(row, 'location_name') as string,
    country: col(row, 'location_country') as string | null,
    lat: col(row, 'location_lat') as number,
    lon: col(row, 'location_lon') as number,
    geonameId: col(row, 'location_geoname_id') as number | null,
  };
  const nullKeys = col(row, 'location_null_keys') as number;
  const admin1 = col(row, 'location_admin1');
  if (admin1 != null || nullKeys & ADMIN1_NULL) location.admin1 = admin1 as string | null;
  const featureClass = col(row, 'location_feature_class');
  if (featureClass != null || nullKeys & FEATURE_CLASS_NULL) location.featureClass = featureClass as string | null;
  const precision = col(row, 'location_precision');
  if (precision != null) location.precision = precision as EventLocation['precision'];
  const from = col(row, 'location_from');
  if (from != null) location.from = from as EventLocation['from'];
  return location;
}

/** Rebuild the event record a row was made from. */
export function recordFrom(row: StoredEventRow): EventRecord {
  const record: EventRecord = {
    id: col(row, 'id') as string,
    article: {
      id: col(row, 'article_id') as string,
      url: col(row, 'article_url') as string | null,
      title: col(row, 'article_title') as string | null,
      published: col(row, 'article_published') as string | null,
      source: col(row, 'article_source') as string | null,
    },
    sentence: col(row, 'sentence') as number,
    evidence: spanFrom(row, 'evidence'),
    trigger: spanFrom(row, 'trigger'),
    source: actorFrom(row, 'source'),
    target: actorFrom(row, 'target'),
    cameo: col(row, 'cameo') as string,
    plover: col(row, 'plover') as string,
    ploverMode: col(row, 'plover_mode') as string | null,
    quadClass: col(row, 'quad_class') as QuadClass,
    goldstein: col(row, 'goldstein') as number,
    status: col(row, 'status') as EventRecord['status'],
    date: dateFrom(row),
    location: locationFrom(row),
    confidence: col(row, 'confidence') as number,
    pattern: col(row, 'pattern') as string,
  };
  const contexts = col(row, 'contexts');
  if (contexts != null) record.contexts = JSON.parse(contexts as string) as string[];
  return record;
}
