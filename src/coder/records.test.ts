import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDocument, type CodedEvent } from '../model/index.js';
import { eventId, toRecords } from './records.js';

const event = (over: Partial<CodedEvent> = {}): CodedEvent => ({
  sentence: 0, evidence: { text: 'x', start: 0, end: 1 }, trigger: { text: 'met', start: 10, end: 13 },
  source: { text: 'the two leaders', start: 20, end: 35, name: null, code: 'SYRGOV', country: 'SYR', sectors: ['GOV'] },
  target: null, cameo: '040', plover: 'CONSULT', ploverMode: null, quadClass: 1, goldstein: 1, status: 'occurred',
  date: { value: null, precision: null, text: null, from: 'unresolved' }, location: null, confidence: 0.5, pattern: 'meet', ...over,
});

describe('toRecords', () => {
  it('gives every event of an article its own stable id', () => {
    const doc = createDocument({ id: 'a', url: null, title: null, published: null, source: null, text: '', origin: 't' });
    doc.events = [event(), event(), event({ cameo: '042' })];
    const ids = toRecords(doc).map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    expect(toRecords(doc).map((r) => r.id)).toEqual(ids);
  });

  it('keeps ids as the first 20 hex digits of the SHA-1 of the coded fields, so stored ids stay valid', () => {
    const key = 'a|0|10|040|SYRGOV||20||||meet';
    expect(eventId('a', event())).toBe(createHash('sha1').update(key).digest('hex').slice(0, 20));
  });
});
