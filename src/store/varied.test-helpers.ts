// Many articles made from the fixture story with seeded variations (days over four years, undated events, other
// actors, places, types, statuses, scores): data on which two backends must give the same answers, ties included.
// Not used by shipped code.
import type { AnnalsDocument, EventRecord } from '../model/index.js';
import { codedDocument, fixture } from './fixtures.test-helpers.js';

/** A seeded pseudo-random generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  { name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, geonameId: 524901 },
  { name: 'Damascus', country: 'SY', lat: 33.5102, lon: 36.29128, geonameId: 170654 },
  { name: 'Geneva', country: null, lat: 46.20222, lon: 6.14569, geonameId: null },
];
const CODES = ['SYRGOV', 'RUSGOV', 'SYR', 'RUS', 'TURMIL', 'USA'];
const TYPES: [string, string, 1 | 2 | 3 | 4][] = [
  ['042', 'CONSULT', 1], ['040', 'CONSULT', 1], ['075', 'AID', 2], ['111', 'ACCUSE', 3], ['190', 'ASSAULT', 4], ['036', 'AGREE', 1],
];
const SCORES = [1.9, 1, 7, 4, -10, -2.2, 3.4, 0.5];
const STATUSES = ['occurred', 'planned', 'negated', 'hypothetical'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `count` varied articles of four events each, the same for the same count. */
export function variedArticles(count: number): { doc: AnnalsDocument; records: EventRecord[] }[] {
  const rand = seeded(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const day = (): string => `${2022 + Math.floor(rand() * 4)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
  return Array.from({ length: count }, (_, n) => {
    const published = rand() < 0.1 ? null : day();
    const { article, records } = fixture({
      id: `v-${pad(n)}`, published, source: pick(['Example Wire', 'Other Wire', null]), title: `Story ${n % 7}`,
    });
    const varied = records.map((r): EventRecord => {
      const [cameo, plover, quadClass] = pick(TYPES);
      const source = r.source == null ? null : { ...r.source, code: pick(CODES), name: pick(['Ahmed al-Sharaa', 'Vladimir Putin', null]) };
      const target = r.target == null || rand() < 0.1 ? null : { ...r.target, code: pick(CODES) };
      const place = rand() < 0.3 ? null : pick(PLACES);
      const undated = rand() < 0.15;
      return {
        ...r, cameo, plover, quadClass, goldstein: pick(SCORES), status: pick(STATUSES), source, target,
        confidence: Math.round(rand() * 10) / 10,
        date: undated ? { value: null, precision: null, text: null, from: 'unresolved' } : { value: day(), precision: 'day', text: null, from: 'text' },
        location: place == null ? null : { ...place, admin1: null },
      };
    });
    return { doc: codedDocument(article, varied), records: varied };
  });
}
