import { rootOf } from './codes.js';
import type { CameoCode, CameoTable } from './types.js';

/** Builds a lookup table over codebook entries, keeping their order; entries are frozen. */
export function createCameoTable(entries: readonly CameoCode[]): CameoTable {
  const ordered = entries.map((entry) => Object.freeze({ ...entry }));
  const byCode = new Map(ordered.map((entry) => [entry.code, entry]));
  return {
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    all: () => [...ordered],
    root: (code) => (byCode.has(code) ? byCode.get(rootOf(code)) : undefined),
  };
}
