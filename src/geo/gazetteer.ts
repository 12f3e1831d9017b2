import type { IndexData } from './build.js';
import { hashKey } from './build.js';
import { withoutArticle } from './fold.js';
import { precisionOf } from './precision.js';
import type { PlaceEntry } from './types.js';

/** A name's candidates: entry indices, whether the name matched only without its article, whether it is the entry's own name. */
export interface Candidate {
  entry: number;
  derived: boolean;
  primary: boolean;
}

/** The loaded gazetteer: look names up, read entries. Immutable and shared by every document. */
export interface Gazetteer {
  /** Entries named by a folded key (see `placeKey`); a key with an article also tries without it. */
  lookup(key: string): Candidate[];
  /** Whether any entry is named by this folded key. */
  has(key: string): boolean;
  entry(index: number): PlaceEntry;
  /** Cheap reads of one field, for scoring many candidates without building entries. */
  countryAt(index: number): string | null;
  precisionAt(index: number): PlaceEntry['precision'];
  authoredAt(index: number): boolean;
  admin1At(index: number): string | null;
  populationAt(index: number): number;
  featureAt(index: number): string;
  latAt(index: number): number;
  lonAt(index: number): number;
  /** The country entry of an ISO alpha-3 code. */
  country(iso3: string): PlaceEntry | null;
  /** The first-level division entry of a `CC.code` key ("US.TX"), when the gazetteer has it. */
  division(admin1Key: string): PlaceEntry | null;
  /** ISO alpha-2 to alpha-3, for codes the gazetteer knows. */
  iso3Of(iso2: string): string | null;
  /** Whether a lower-case word goes on authored names after their first word ("naval", "crossing"). */
  continues(word: string): boolean;
  readonly size: number;
  readonly keyCount: number;
}

const decoder = new TextDecoder();

/** Wrap index data in lookups. Country and division entries are found once, here. */
export function createGazetteer(data: IndexData): Gazetteer {
  const { meta, table, keys, keyOffsets, postings, postingOffsets } = data;
  const mask = table.length - 1;
  const iso2To3 = new Map(meta.iso2.map((c, i) => [c, meta.iso3[i]!]));
  const continuations = new Set(meta.continuations);
  const precisions = meta.features.map(precisionOf);
  const countries = new Map<string, number>();
  const divisions = new Map<string, number>();
  for (let i = 0; i < meta.entries; i++) {
    const f = meta.features[data.feature[i]!];
    if (f === 'A.PCLI' && data.country[i]) countries.set(meta.iso3[data.country[i]!]!, i);
    else if (f === 'A.ADM1' && data.admin1[i]) divisions.set(meta.admin1Keys[data.admin1[i]!]!, i);
  }

  function find(key: string): number {
    let h = hashKey(key) & mask;
    for (;;) {
      const k = table[h]!;
      if (k === -1) return -1;
      const from = keyOffsets[k]!;
      if (keyOffsets[k + 1]! - from === key.length && keys.startsWith(key, from)) return k;
      h = (h + 1) & mask;
    }
  }

  function postingsOf(k: number): Candidate[] {
    const out: Candidate[] = [];
    for (let p = postingOffsets[k]!; p < postingOffsets[k + 1]!; p++) {
      const v = postings[p]!;
      const w = v < 0 ? ~v : v;
      out.push({ entry: w >> 1, derived: v < 0, primary: (w & 1) === 1 });
    }
    return out;
  }

  function entry(index: number): PlaceEntry {
    const c = data.country[index]!;
    const a = data.admin1[index]!;
    const feature = meta.features[data.feature[index]!]!;
    const id = data.ids[index]!;
    // The name is decoded only when read: most candidates are scored and dropped without it.
    return {
      index, geonameId: id === 0 ? null : id,
      get name() {
        return decoder.decode(data.names.subarray(data.nameOffsets[index]!, data.nameOffsets[index + 1]!));
      },
      lat: Math.round(data.lat[index]! * 1e5) / 1e5, lon: Math.round(data.lon[index]! * 1e5) / 1e5,
      iso2: c ? meta.iso2[c]! : null, country: c ? meta.iso3[c]! : null,
      admin1Key: a ? meta.admin1Keys[a]! : null, admin1: a ? meta.admin1Names[a] ?? null : null,
      feature, population: data.population[index]!, precision: precisions[data.feature[index]!]!,
    };
  }

  return {
    lookup(key) {
      const k = find(key);
      if (k >= 0) return postingsOf(k);
      const bare = withoutArticle(key);
      const b = bare ? find(bare) : -1;
      return b >= 0 ? postingsOf(b).map((c) => ({ ...c, derived: true })) : [];
    },
    has: (key) => find(key) >= 0,
    entry,
    countryAt: (index) => (data.country[index] ? meta.iso3[data.country[index]!]! : null),
    precisionAt: (index) => precisions[data.feature[index]!]!,
    authoredAt: (index) => data.ids[index] === 0,
    admin1At: (index) => (data.admin1[index] ? meta.admin1Keys[data.admin1[index]!]! : null),
    populationAt: (index) => data.population[index]!,
    featureAt: (index) => meta.features[data.feature[index]!]!,
    latAt: (index) => data.lat[index]!,
    lonAt: (index) => data.lon[index]!,
    country(iso3) {
      const i = countries.get(iso3);
      return i === undefined ? null : entry(i);
    },
    division(admin1Key) {
      const i = divisions.get(admin1Key);
      return i === undefined ? null : entry(i);
    },
    iso3Of: (iso2) => iso2To3.get(iso2) || null,
    continues: (word) => continuations.has(word),
    size: meta.entries,
    keyCount: keyOffsets.length - 1,
  };
}
