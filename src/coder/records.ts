import { createHash } from 'node:crypto';
import type { AnnalsDocument, CodedEvent, EventRecord } from '../model/index.js';

/** A stable id for an event: the same event of the same article always gets the same id. */
export function eventId(articleId: string, event: CodedEvent): string {
  const key = [
    articleId, event.sentence, event.trigger.start, event.cameo, event.source?.code ?? '', event.source?.start ?? '',
    event.target?.code ?? '', event.target?.start ?? '',
  ].join('|');
  return createHash('sha1').update(key).digest('hex').slice(0, 20);
}

/** The self-contained event records of a coded document, in text order. */
export function toRecords(doc: AnnalsDocument): EventRecord[] {
  const { id, url, title, published, source } = doc.article;
  return doc.events.map(({ why: _why, ...event }) => ({
    id: eventId(id, event),
    article: { id, url, title, published, source },
    ...event,
  }));
}
