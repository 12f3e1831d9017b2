import { eventDay } from '../format/event-day.js';
import type { EventLocation, EventRecord, EventStatus } from '../model/index.js';
import type { ClusterSlot } from '../store/index.js';

/** Days apart two reports of one event may be dated: one, as an event reported "yesterday" or across midnight. */
export const CLUSTER_WINDOW_DAYS = 1;

// What an event is said to be: planned and occurred reports are one event; a denial or a possibility is not.
const POLARITY: Record<EventStatus, string> = { occurred: 'is', planned: 'is', negated: 'not', hypothetical: 'may' };

/** The place part of the key: the gazetteer id when there is one, else name and country; '' when unlocated. */
export function placeKey(location: EventLocation | null): string {
  if (location == null) return '';
  if (location.geonameId != null) return `geo:${location.geonameId}`;
  return `${location.name}/${location.country ?? ''}`.toLowerCase();
}

/**
 * Where an event goes among clusters: events with the same dyad (source and target CAMEO codes), PLOVER type,
 * polarity and place, dated within a day of the cluster's first event, are one event reported many times. An event
 * with no coded actor on either side has too little to match on and keeps a cluster of its own (a key of its own).
 * @example clusterSlot(record) // { key: 'CONSULT|is|SYRGOV|RUSGOV|geo:524901', day: '2026-01-28', window: 1 }
 */
export function clusterSlot(record: EventRecord): ClusterSlot {
  const source = record.source?.code ?? '';
  const target = record.target?.code ?? '';
  const key = source === '' && target === ''
    ? `event:${record.id}`
    : [record.plover, POLARITY[record.status], source, target, placeKey(record.location)].join('|');
  return { key, day: eventDay(record.date), window: CLUSTER_WINDOW_DAYS };
}

/** The slot of each record, index for index. */
export function clusterSlots(records: readonly EventRecord[]): ClusterSlot[] {
  return records.map(clusterSlot);
}
