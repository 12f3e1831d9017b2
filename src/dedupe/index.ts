export { fingerprint, MIN_SHINGLES } from './fingerprint.js';
export { createDeduper, COPY_CONTAINMENT, MIN_RESEMBLANCE } from './deduper.js';
export type { CandidateLookup, CopyMatch, Deduper } from './deduper.js';
export { BANDS, PERMUTATIONS, ROWS, bandKeys, containment, minhash, resemblance } from './minhash.js';
export { shingles, SHINGLE_WORDS } from './shingles.js';
export { textHash } from './identity.js';
