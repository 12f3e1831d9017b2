import type { Fingerprint } from '../store/index.js';
import { bandKeys, minhash } from './minhash.js';
import { shingles } from './shingles.js';

/** Fewer distinct shingles than this (about 24 words) and a text is not fingerprinted: short texts look alike. */
export const MIN_SHINGLES = 20;

/**
 * The near-duplicate fingerprint of a text: its MinHash signature, LSH band keys and shingle count; null for a text
 * too short to tell from others by its wording.
 */
export function fingerprint(text: string): Fingerprint | null {
  const set = shingles(text);
  if (set.size < MIN_SHINGLES) return null;
  const signature = minhash(set);
  return { signature, bands: bandKeys(signature), shingles: set.size };
}
