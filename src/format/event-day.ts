import type { EventDate } from '../model/index.js';

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/;

/**
 * The first day an ISO 8601 value covers, as `YYYY-MM-DD`: a month or a year counts as its start.
 * Returns null for anything that does not start with a year.
 * @example dayOf('2025-10') // '2025-10-01'
 */
export function dayOf(value: string | null | undefined): string | null {
  if (value == null) return null;
  const match = ISO_PREFIX.exec(value);
  if (match == null) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/**
 * The day an event is sorted, filtered and exported by: the start of a range when it has one,
 * otherwise the first day its value covers; null when the event is undated.
 */
export function eventDay(date: EventDate): string | null {
  const rangeStart = date.precision === 'range' ? dayOf(date.start) : null;
  return rangeStart ?? dayOf(date.value) ?? dayOf(date.start);
}
