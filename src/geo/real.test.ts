import { describe, expect, it } from 'vitest';
import { createCoder } from '../coder/index.js';

// The one test over the real gazetteer (GeoNames cities500 from npm and data/places/): built on first use, then cached.
const coder = createCoder();
const code = (text: string) => coder.code({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });

describe('the real gazetteer', () => {
  it('resolves Qamishli, Moscow and Tartus, and locates the seed\'s withdrawal in Qamishli with Syria as its target', () => {
    const { doc, records } = code('Russia has adjusted its footprint, notably evacuating a smaller base in Qamishli at Damascus\'s request. '
      + 'Sharaa met Putin in Moscow. Russia kept the Tartus naval base and ships in Tartus, Syria.');
    const place = (text: string) => doc.mentions.find((m) => m.text === text && m.place)?.place;
    expect(place('Qamishli')).toMatchObject({ name: 'Al Qamishli', country: 'SYR', geonameId: 173377, precision: 'city' });
    expect(place('Moscow')).toMatchObject({ name: 'Moscow', country: 'RUS', geonameId: 524901 });
    expect(place('Tartus')).toMatchObject({ name: 'Tartus', country: 'SYR', geonameId: 163345 });
    expect(place('Tartus naval base')).toMatchObject({ country: 'SYR', precision: 'facility', featureClass: 'S.NVB' });
    const withdrawal = records.find((r) => r.cameo.startsWith('087'));
    expect(withdrawal?.target?.code).toBe('SYR');
    expect(withdrawal?.location).toMatchObject({ name: 'Al Qamishli', country: 'SYR', precision: 'city', from: 'clause', geonameId: 173377 });
  });
});
