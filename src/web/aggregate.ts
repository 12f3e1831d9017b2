import type { TimelinePoint } from './api.js';

/** The Monday of a day's ISO week, or its month, as the timeline labels them. */
export function periodOf(day: string, by: string): string {
  if (by === 'month') return day.slice(0, 7);
  if (by === 'week') {
    const t = Date.parse(day);
    const weekday = (new Date(t).getUTCDay() + 6) % 7;
    return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
  }
  return day;
}

/** Day points summed into weeks or months (mean Goldstein weighted by events). */
export function regroup(points: TimelinePoint[], by: string): TimelinePoint[] {
  if (by === 'day') return points;
  const out = new Map<string, TimelinePoint>();
  for (const p of points) {
    const period = periodOf(p.period, by);
    const key = `${period}|${p.quadClass}`;
    const known = out.get(key);
    if (known == null) out.set(key, { ...p, period });
    else {
      known.goldstein = (known.goldstein * known.events + p.goldstein * p.events) / (known.events + p.events);
      known.events += p.events;
    }
  }
  return [...out.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.quadClass - b.quadClass));
}
