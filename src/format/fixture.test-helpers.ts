// A hand-built event record for the format tests. Not used by shipped code.
import type { EventRecord } from '../model/index.js';

const EVIDENCE = 'Iraq\'s prime minister said, "We struck them,"\nand thanked the coalition.';

/** An airstrike with a full location, and evidence holding a comma, quotes and a line break. */
export const RECORD: EventRecord = {
  id: 'wire-0314#2',
  article: {
    id: 'wire-0314',
    url: 'https://example.org/news/0314',
    title: 'Senior militant killed in strike',
    published: '2025-03-14',
    source: 'Example Wire',
  },
  sentence: 2,
  evidence: { text: EVIDENCE, start: 240, end: 240 + EVIDENCE.length },
  trigger: { text: 'struck', start: 275, end: 281 },
  source: { text: 'Iraqi forces', start: 200, end: 212, code: 'IRQMIL', country: 'IRQ', sectors: ['MIL'], name: 'Iraqi armed forces' },
  target: { text: 'the militants', start: 222, end: 235, code: 'IRQREB', country: 'IRQ', sectors: ['REB'], name: null },
  cameo: '195',
  plover: 'ASSAULT',
  ploverMode: 'aerial',
  quadClass: 4,
  goldstein: -10,
  status: 'occurred',
  date: { value: '2025-03-13', precision: 'day', text: 'on Thursday', from: 'text' },
  location: {
    name: 'Al Anbar', country: 'IQ', admin1: '01', lat: 33.3, lon: 42.5, geonameId: 99_592,
    featureClass: 'A', precision: 'admin1', from: 'clause',
  },
  confidence: 0.8,
  pattern: 'strike $T',
};

/** The same record with other fields: for the variants a format must handle. */
export function variant(changes: Partial<EventRecord>): EventRecord {
  return { ...RECORD, ...changes };
}
