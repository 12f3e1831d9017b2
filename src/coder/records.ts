import * as crypto from 'node:crypto';
import type { AnnalsDocument, CodedEvent, EventRecord } from '../model/index.js';

/** SHA-1 in hex: the one-shot `crypto.hash` (Node 20.12+) where there is one, which builds no Hash object per call. */
const sha1Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha1', text, 'hex')
  : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** A stable id for an event: the same event of the same article always gets the same id. */
export function eventId(articleId: string, event: CodedEvent): string {
  const key = [
    articleId, event.sentence, event.trigger.start, event.cameo, event.source?.code ?? '', event.source?.name ?? '',
    event.source?.start ?? '', event.target?.code ?? '', event.target?.name ?? '', event.target?.start ?? '', event.pattern,
  ].join('|');
  return sha1Hex(key).slice(0, 20);
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
