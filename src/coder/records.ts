import { createHash } from 'node:crypto';
import type { AnnalsDocument, CodedEvent, EventRecord } from '../model/index.js';

/** A stable id for an event: the same event of the same article always gets the same id. */
export function eventId(articleId: string, event: CodedEvent): string {
  const key = [
    articleId, event.sentence, event.trigger.start, event.cameo, event.source?.code ?? '', event.source?.name ?? '',
    event.source?.start ?? '', event.target?.code ?? '', event.target?.name ?? '', event.target?.start ?? '', event.pattern,
  ].join('|');
  return createHash('sha1').update(key).digest('hex').slice(0, 20);
}

/**
 * The self-contained event records of a coded document, in text order. Two events alike in every coded field
 * (two members of "the two leaders" with one code) get their ids told apart by their order.
 */
export function toRecords(doc: AnnalsDocument): EventRecord[] {
  const { id, url, title, published, source } = doc.article;
  const seen = new Map<string, number>();
  return doc.events.map(({ why: _why, ...event }) => {
    const base = eventId(id, event);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, article: { id, url, title, published, source }, ...event };
  });
}
