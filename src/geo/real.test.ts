import { describe, expect, it } from 'vitest';
import { createCoder } from '../coder/index.js';

// The one test over the real gazetteer (GeoNames cities500 from npm and data/places/): built on first use, then cached.
const coder = createCoder();
const code = (text: string) => coder.code({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });

describe('the real gazetteer', () => {
  const countryOf = (text: string, name: string) => code(text).doc.mentions.find((m) => m.text === name && m.place)?.place?.country;

  it('knows provinces and departments that are no GeoNames cities, each read in the country the story is about', () => {
    expect(countryOf('Health officials in Zimbabwe reported cholera in Midlands and Manicaland provinces this week.', 'Midlands')).toBe('ZWE');
    expect(countryOf('Car plants across the Midlands cut shifts, the British union said.', 'Midlands')).toBe('GBR');
    expect(countryOf('Dutch farmers in Limburg found bluetongue on two farms.', 'Limburg')).toBe('NLD');
    expect(countryOf('Bird flu was confirmed in ducks in Pangasinan, north of Manila.', 'Pangasinan')).toBe('PHL');
    expect(countryOf('A dead swan was found near Amiens in the Somme.', 'Somme')).toBe('FRA');
    expect(countryOf('Monkeypox cases rose in Western Kasai, in the Democratic Republic of Congo.', 'Western Kasai')).toBe('COD');
    expect(countryOf('Kenyan officials said cholera had reached Nyanza near Lake Victoria.', 'Nyanza')).toBe('KEN');
    expect(countryOf('Crowds filled Piccadilly in central London on Saturday.', 'Piccadilly')).toBe('GBR');
  });


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
