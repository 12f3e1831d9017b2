import type { EventRecord, Span } from '../model/index.js';

/** What a stretch of article text is for the events over it. */
export type Role = 'trigger' | 'source' | 'target';

/** A stretch of article text `[start, end)` where the same events' evidence and the same roles apply. */
export interface Segment extends Span {
  /** Indexes into the article's records whose evidence sentence covers this stretch. */
  events: number[];
  /** Roles this stretch plays in any of those events: the trigger word, the source or target actor. */
  roles: Role[];
}

const covers = (span: Span | null, start: number, end: number): boolean =>
  span != null && span.start <= start && end <= span.end;

/**
 * Cut an article's text into segments at every boundary of its events' evidence, triggers and actors, so a page can
 * highlight them by slicing the text (never by writing markup into it). Segments cover the whole text, in order.
 * @example segments('Russia granted asylum.', records) // [{ start: 0, end: 6, events: [0], roles: ['source'] }, ...]
 */
export function segments(text: string, records: readonly EventRecord[]): Segment[] {
  const cuts = new Set([0, text.length]);
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  for (const r of records) {
    for (const span of [r.evidence, r.trigger, r.source, r.target]) {
      if (span == null) continue;
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const events: number[] = [];
    const roles = new Set<Role>();
    records.forEach((r, index) => {
      if (!covers(r.evidence, start, end)) return;
      events.push(index);
      if (covers(r.trigger, start, end)) roles.add('trigger');
      if (covers(r.source, start, end)) roles.add('source');
      if (covers(r.target, start, end)) roles.add('target');
    });
    const list = [...roles].sort();
    const last = out[out.length - 1];
    if (last != null && last.events.join() === events.join() && last.roles.join() === list.join()) last.end = end;
    else out.push({ start, end, events, roles: list });
  }
  return out;
}
