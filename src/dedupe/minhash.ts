import { fmix32, seeds } from './hash.js';

/** Hash functions in a signature: the resemblance of two texts is estimated to within about ±0.06. */
export const PERMUTATIONS = 64;
/** Bands of `ROWS` values: two texts become candidates when one band is equal in both. */
export const BANDS = 16;
/** Values per band: with 16 bands of 4, a pair of resemblance 0.5 is found 64% of the time, 0.7 99%, 0.2 2.5%. */
export const ROWS = PERMUTATIONS / BANDS;

const SEEDS = seeds(PERMUTATIONS);
const BAND_SPAN = 2 ** 32;

/** The MinHash signature of a set of 32-bit shingles: per hash function, the least hash over the set. */
export function minhash(set: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of set) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const value = fmix32(shingle ^ (SEEDS[i] as number));
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

/** One key per band: the band's hash, with the band's index above its 32 bits (below 2^36, a safe integer). */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++) h = fmix32(h ^ (signature[row] as number));
    keys.push(band * BAND_SPAN + h);
  }
  return keys;
}

/** Estimated Jaccard resemblance of two sets: the share of signature positions where they agree. */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}

/**
 * Estimated share of set A found in set B, from their resemblance and sizes: |A∩B| = J(|A|+|B|)/(1+J).
 * @example containment(0.5, 100, 200) // 1: half-resembling sets of 100 and 200 when A lies inside B
 */
export function containment(resemblanceAB: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0) return 0;
  const shared = (resemblanceAB * (sizeA + sizeB)) / (1 + resemblanceAB);
  return Math.min(1, shared / sizeA);
}
