import { isLatinKey, placeKey, withoutArticle } from './fold.js';
import type { Admin1Row, CountryRow } from './sources.js';
import type { PlaceRecord } from './types.js';

/** The gazetteer as typed arrays and pools: what is written to the cache file and read back without parsing. */
export interface IndexData {
  meta: IndexMeta;
  ids: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  /** Index into `meta.iso2`/`meta.iso3`; 0 is "no country". */
  country: Uint16Array;
  /** Index into `meta.admin1Keys`; 0 is "no division". */
  admin1: Uint16Array;
  /** Index into `meta.features`. */
  feature: Uint8Array;
  /** UTF-8 names, entry `i` at bytes `[nameOffsets[i], nameOffsets[i + 1])`. */
  names: Uint8Array;
  nameOffsets: Uint32Array;
  /** Every key, concatenated (ASCII); key `k` at `[keyOffsets[k], keyOffsets[k + 1])`. */
  keys: string;
  keyOffsets: Uint32Array;
  /**
   * Entries of key `k`: `postings[postingOffsets[k] .. postingOffsets[k + 1])`, each `entry * 2 + 1` when the key is
   * the entry's own name (not one of its other names), and bit-inverted (`~`) when read without its article.
   */
  postings: Int32Array;
  postingOffsets: Uint32Array;
  /** Open-addressing hash table of key indices, -1 empty; its size is a power of two. */
  table: Int32Array;
}

/** The small tables of an index, kept as JSON in the cache file's header. */
export interface IndexMeta {
  version: number;
  signature: string;
  entries: number;
  iso2: string[];
  iso3: string[];
  admin1Keys: string[];
  /** The name of each division in `admin1Keys`, where an authored one exists. */
  admin1Names: (string | null)[];
  features: string[];
  /** Lower-case words that go on authored names after their first word ("naval" in "Tartus naval base"). */
  continuations: string[];
}

/** Bump when the layout or the folding changes: old cache files are then rebuilt. */
export const INDEX_VERSION = 5;

/** Keys of abbreviations start with this, so they are found only when asked for as a qualifier. */
export const ABBREVIATION = '=';

/** Keys of a division's bare name ("New York" of "New York State") start with this: found only when the text asks for a division. */
export const DIVISION = '@';

/** What a division's name says it is, around the bare name: "New York State", "Aleppo Governorate", "State of Mexico". */
const DIVISION_WORDS = /^(?:(?:state|province|region|free state) of )|(?: (?:state|governorate|province|oblast|region|prefecture))$/;

/** The bare name of a division named like its capital ("new york state" → "new york"), or null. */
export function bareDivisionKey(key: string): string | null {
  const bare = key.replace(DIVISION_WORDS, '');
  return bare !== key && bare.length >= 3 ? bare : null;
}

/** FNV-1a over UTF-16 code units. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Where a first-level division lies when its row gives no point: the middle of the central 80% of its places. */
function centreOf(points: { lat: number[]; lon: number[] }): [number, number] {
  const mid = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    const lo = s[Math.floor((s.length - 1) * 0.1)]!;
    const hi = s[Math.ceil((s.length - 1) * 0.9)]!;
    return (lo + hi) / 2;
  };
  return [mid(points.lat), mid(points.lon)];
}

/** Inputs of an index: GeoNames places, then the authored countries, divisions and landmarks. */
export interface IndexSources {
  cities: PlaceRecord[];
  countries: CountryRow[];
  admin1: Admin1Row[];
  landmarks: PlaceRecord[];
}

/** Build the index: entries in source order, every Latin-script name folded to a key. */
export function buildIndex(sources: IndexSources, signature: string): IndexData {
  const iso2 = [''];
  const iso3 = [''];
  for (const c of sources.countries) {
    iso2.push(c.iso2);
    iso3.push(c.iso3);
  }
  const countryIndex = new Map(iso2.map((c, i) => [c, i]));
  const admin1Keys = [''];
  const admin1Index = new Map<string, number>([['', 0]]);
  const admin1Names: (string | null)[] = [null];
  const named = new Map(sources.admin1.map((a) => [a.key, a]));
  const keyOfAdmin1 = (country: string, code: string) => {
    if (!country || !code) return 0;
    const key = `${country}.${code}`;
    let i = admin1Index.get(key);
    if (i === undefined) {
      i = admin1Keys.length;
      admin1Keys.push(key);
      admin1Names.push(named.get(key)?.record.name ?? null);
      admin1Index.set(key, i);
    }
    return i;
  };

  // Divisions without a point of their own take the middle of the places in them.
  const spread = new Map<string, { lat: number[]; lon: number[] }>();
  for (const c of sources.cities) {
    const key = `${c.country}.${c.admin1}`;
    const row = named.get(key);
    if (!row || row.located) continue;
    const s = spread.get(key) ?? { lat: [], lon: [] };
    s.lat.push(c.lat);
    s.lon.push(c.lon);
    spread.set(key, s);
  }
  const admin1 = sources.admin1.flatMap((a) => {
    if (a.located) return [a.record];
    const s = spread.get(a.key);
    if (!s) return [];
    const [lat, lon] = centreOf(s);
    return [{ ...a.record, lat, lon }];
  });

  const records = [...sources.cities, ...sources.countries.map((c) => c.record), ...admin1, ...sources.landmarks];
  const n = records.length;
  const features: string[] = [];
  const featureIndex = new Map<string, number>();
  const ids = new Int32Array(n);
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const population = new Uint32Array(n);
  const country = new Uint16Array(n);
  const admin1Of = new Uint16Array(n);
  const feature = new Uint8Array(n);
  const nameOffsets = new Uint32Array(n + 1);
  const encoder = new TextEncoder();
  const nameChunks: Uint8Array[] = [];
  let nameBytes = 0;
  const postingsOf = new Map<string, number[]>();
  const continuations = new Set<string>();
  const add = (key: string, posting: number) => {
    const list = postingsOf.get(key);
    if (!list) postingsOf.set(key, [posting]);
    else if (!list.includes(posting)) list.push(posting);
  };

  records.forEach((r, i) => {
    ids[i] = r.geonameId;
    lat[i] = r.lat;
    lon[i] = r.lon;
    population[i] = Math.min(r.population, 0xffffffff);
    country[i] = countryIndex.get(r.country) ?? 0;
    admin1Of[i] = keyOfAdmin1(r.country, r.admin1);
    let f = featureIndex.get(r.feature);
    if (f === undefined) {
      f = features.length;
      if (f > 255) throw new Error('gazetteer: more than 256 feature codes');
      features.push(r.feature);
      featureIndex.set(r.feature, f);
    }
    feature[i] = f;
    const bytes = encoder.encode(r.name);
    nameChunks.push(bytes);
    nameOffsets[i] = nameBytes;
    nameBytes += bytes.length;
    const exact = new Set<string>();
    const own = new Set([placeKey(r.name), placeKey(r.names[0] ?? r.name)]);
    for (const name of r.names) {
      const key = placeKey(name);
      if (!isLatinKey(key) || exact.has(key)) continue;
      exact.add(key);
      add(key, i * 2 + (own.has(key) ? 1 : 0));
      if (r.geonameId === 0) for (const word of key.split(' ').slice(1)) if (/^[a-z]/.test(word)) continuations.add(word);
    }
    for (const key of exact) {
      const bare = withoutArticle(key);
      if (bare && !exact.has(bare)) add(bare, ~(i * 2));
    }
    for (const abbreviation of r.abbreviations ?? []) add(ABBREVIATION + placeKey(abbreviation), i * 2);
    if (r.feature === 'A.ADM1') {
      for (const key of exact) {
        const bare = bareDivisionKey(key);
        if (bare) add(DIVISION + bare, i * 2);
      }
    }
  });
  nameOffsets[n] = nameBytes;
  const names = new Uint8Array(nameBytes);
  let at = 0;
  for (const chunk of nameChunks) {
    names.set(chunk, at);
    at += chunk.length;
  }

  const keyList = [...postingsOf.keys()];
  const keyOffsets = new Uint32Array(keyList.length + 1);
  const postingOffsets = new Uint32Array(keyList.length + 1);
  let chars = 0;
  let count = 0;
  keyList.forEach((key, k) => {
    keyOffsets[k] = chars;
    postingOffsets[k] = count;
    chars += key.length;
    count += postingsOf.get(key)!.length;
  });
  keyOffsets[keyList.length] = chars;
  postingOffsets[keyList.length] = count;
  const postings = new Int32Array(count);
  keyList.forEach((key, k) => postings.set(postingsOf.get(key)!, postingOffsets[k]!));

  let size = 1;
  while (size < keyList.length * 1.6) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  keyList.forEach((key, k) => {
    let h = hashKey(key) & mask;
    while (table[h] !== -1) h = (h + 1) & mask;
    table[h] = k;
  });

  return {
    meta: { version: INDEX_VERSION, signature, entries: n, iso2, iso3, admin1Keys, admin1Names, features, continuations: [...continuations].sort() },
    ids, lat, lon, population, country, admin1: admin1Of, feature, names, nameOffsets,
    keys: keyList.join(''), keyOffsets, postings, postingOffsets, table,
  };
}
