import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection kept, in per cent. Coding allocates
 * a few MB per article that die young, but an article in progress survives two scavenges and is promoted; by
 * default V8 lets such garbage pile up to four times the live heap (about 60 MB here) before it collects, which
 * took a coding process's resident set from 210 MB to 430-480 MB. At 1.5 times it stays near 310 MB, for a few
 * per cent more collection work.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Cap the old generation's growth between full collections for this whole process (V8 flags are per process:
 * worker threads started afterwards follow them). `annals` calls it at start-up; a program that codes long
 * batches through the library may call it too. Call it before coding, once.
 */
export function limitHeapGrowth(percent: number = HEAP_GROWING_PERCENT): void {
  if (!Number.isInteger(percent) || percent < 1) throw new RangeError(`heap growth must be a whole number of per cent above 0, got ${percent}`);
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
