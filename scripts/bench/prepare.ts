/**
 * Build the gazetteer index if it is not cached, in a process of its own: the benchmark measures coding, and a
 * first-use build (a few seconds, a few hundred MB) would otherwise count in its start-up time and peak RSS.
 *
 * @example node --import tsx scripts/bench/prepare.ts
 */
import { ensureGazetteerIndex } from '../../src/geo/load.js';

if (ensureGazetteerIndex()) console.log('built the gazetteer index (first use)');
