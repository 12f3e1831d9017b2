import { copyFileSync, cpSync, existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_FIXTURES, tempCache } from './fixture.test-helpers.js';
import { bareDivisionKey, DIVISION } from './build.js';
import { placeKey } from './fold.js';
import { loadGazetteer } from './load.js';

const cities = join(GEO_FIXTURES, 'cities.txt');
const placesDir = join(GEO_FIXTURES, 'places');

describe('the gazetteer index', () => {
  it('is built once, cached, then read from the cache', () => {
    const cacheDir = tempCache();
    const first = loadGazetteer({ cities, placesDir, cacheDir });
    expect(first.from).toBe('built');
    expect(first.cacheFile && existsSync(first.cacheFile)).toBe(true);
    const second = loadGazetteer({ cities, placesDir, cacheDir });
    expect(second.from).toBe('cache');
    expect(second.gazetteer.size).toBe(first.gazetteer.size);
    expect(second.gazetteer.lookup('qamishli').map((c) => second.gazetteer.entry(c.entry).geonameId)).toEqual([173377]);
  });

  it('is rebuilt when its source data changes', () => {
    const dir = tempCache();
    const copy = join(dir, 'cities.txt');
    copyFileSync(cities, copy);
    cpSync(placesDir, join(dir, 'places'), { recursive: true });
    const cacheDir = join(dir, 'cache');
    const built = loadGazetteer({ cities: copy, placesDir: join(dir, 'places'), cacheDir });
    expect(built.from).toBe('built');
    const first = built.cacheFile!;
    writeFileSync(copy, '999\tNewtown\tNewtown\t\t1\t2\tP\tPPL\tSY\t\t01\t\t\t\t1000\t\t\tEtc/UTC\t2024-01-01\n', { flag: 'a' });
    const again = loadGazetteer({ cities: copy, placesDir: join(dir, 'places'), cacheDir });
    expect(again.from).toBe('built');
    expect(again.gazetteer.has('newtown')).toBe(true);
    const indexes = () => readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).sort();
    // A recent index of other sources stays: another checkout sharing the folder may be using it.
    expect(indexes()).toEqual([first.split('/').pop(), again.cacheFile!.split('/').pop()].sort());
    // Once a day old it is removed when an index is next written.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(first, twoDaysAgo, twoDaysAgo);
    writeFileSync(copy, '998\tOldtown\tOldtown\t\t1\t2\tP\tPPL\tSY\t\t01\t\t\t\t1000\t\t\tEtc/UTC\t2024-01-01\n', { flag: 'a' });
    const third = loadGazetteer({ cities: copy, placesDir: join(dir, 'places'), cacheDir });
    expect(third.from).toBe('built');
    expect(indexes()).toEqual([again.cacheFile!.split('/').pop(), third.cacheFile!.split('/').pop()].sort());
  });

  it('finds a name written with or without its article, with accents and in other transliterations', () => {
    const { gazetteer } = loadGazetteer({ cities, placesDir, cacheDir: null });
    for (const name of ['Qamishli', 'Al-Qamishli', 'Kamishli', 'al Qāmishlī']) {
      const found = gazetteer.lookup(placeKey(name)).map((c) => gazetteer.entry(c.entry));
      expect(found.map((e) => e.name), name).toEqual(['Al Qamishli']);
    }
    const qamishli = gazetteer.entry(gazetteer.lookup('qamishli')[0]!.entry);
    expect(qamishli).toMatchObject({ country: 'SYR', iso2: 'SY', admin1: 'Al-Hasakah Governorate', precision: 'city', feature: 'P.PPLA2' });
  });

  it('holds the authored countries, divisions and landmarks, and reports a broken line', () => {
    const loaded = loadGazetteer({ cities, placesDir, cacheDir: null });
    const { gazetteer } = loaded;
    expect(gazetteer.country('SYR')).toMatchObject({ name: 'Syria', precision: 'country', lat: 35, lon: 38 });
    expect(gazetteer.division('US.TX')).toMatchObject({ name: 'Texas', precision: 'admin1' });
    // A division without a point of its own lies among its places.
    expect(gazetteer.division('SY.14')).toMatchObject({ lat: 34.88902, lon: 35.88659 });
    expect(gazetteer.lookup('=tex').map((c) => gazetteer.entry(c.entry).name)).toEqual(['Texas']);
    expect(gazetteer.lookup(placeKey('Hmeimim airbase')).map((c) => gazetteer.entry(c.entry).precision)).toEqual(['facility']);
    expect(loaded.problems.map((p) => `${p.file.split('/').pop()}:${p.line}`)).toEqual(['landmarks.jsonl:7']);
  });

  it('leaves out codes among the alternate names ("KAC")', () => {
    const { gazetteer } = loadGazetteer({ cities, placesDir, cacheDir: null });
    expect(gazetteer.has('kac')).toBe(false);
  });
});

describe('bare names of divisions', () => {
  it.each([
    ['new york state', 'new york'], ['state of new york', 'new york'], ['aleppo governorate', 'aleppo'], ['texas', null], ['state', null],
  ])('%s', (key, bare) => {
    expect(bareDivisionKey(key)).toBe(bare);
  });

  it('are found only when asked for as a division', () => {
    const { gazetteer } = loadGazetteer({ cities, placesDir, cacheDir: tempCache() });
    const names = (key: string) => gazetteer.lookup(key).map((c) => gazetteer.entry(c.entry).name);
    expect(names('new york')).toEqual(['New York City']);
    expect(names(DIVISION + 'new york')).toEqual(['New York State']);
  });
});
