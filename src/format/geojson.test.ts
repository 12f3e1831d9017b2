import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/index.js';
import { formatter } from './index.js';

const record = (id: string, located: boolean): EventRecord => ({
  id, article: { id: 'a1', url: null, title: null, published: '2026-01-26', source: null }, sentence: 0,
  evidence: { text: 'Russia evacuated a base in Qamishli.', start: 0, end: 36 }, trigger: { text: 'evacuated', start: 7, end: 16 },
  source: { text: 'Russia', start: 0, end: 6, name: 'Russia', code: 'RUS', country: 'RUS', sectors: [] },
  target: { text: 'Qamishli', start: 27, end: 35, name: null, code: 'SYR', country: 'SYR', sectors: [] },
  cameo: '0874', plover: 'RETREAT', ploverMode: null, quadClass: 1, goldstein: 7, status: 'occurred',
  date: { value: null, precision: null, text: null, from: 'unresolved' },
  location: located ? {
    name: 'Al Qamishli', country: 'SYR', admin1: 'Al-Hasakah Governorate', lat: 37.05215, lon: 41.23142, geonameId: 173377,
    featureClass: 'P.PPLA2', precision: 'city', from: 'clause',
  } : null,
  confidence: 0.8, pattern: 'evacuate ... base ... in $T',
});

describe('geojson', () => {
  it('writes a FeatureCollection of the located events, points as [lon, lat]', () => {
    const out = formatter('geojson');
    const text = out.header() + out.record(record('e1', true)) + out.record(record('e2', false)) + out.record(record('e3', true)) + out.footer();
    const parsed = JSON.parse(text) as { type: string; features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.map((f) => f.id)).toEqual(['e1', 'e3']);
    expect(parsed.features[0]!.geometry.coordinates).toEqual([41.23142, 37.05215]);
    expect(parsed.features[0]!.properties).toMatchObject({ place: 'Al Qamishli', country: 'SYR', precision: 'city', locationFrom: 'clause', cameo: '0874' });
  });

  it('writes an empty collection when no event has a place', () => {
    const out = formatter('geojson');
    expect(JSON.parse(out.header() + out.record(record('e2', false)) + out.footer())).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
