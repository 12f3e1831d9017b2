import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './protocol.js';

const COMPILED = new URL('./worker.js', import.meta.url);
const SOURCE = new URL('./worker.ts', import.meta.url);

/** tsx's ESM loader API, for a worker started from TypeScript sources (tests, `node --import tsx`). */
function tsxApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === 'function') return resolve('tsx/esm/api');
  // Where import.meta.resolve is missing (a test runner's transform), read the ESM entry from tsx's exports.
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}

/**
 * Young generation of a coding worker, MB. Coding allocates about 2 MB per article that dies within the article; a
 * young generation this size collects it there instead of promoting it (3.2-3.4 versus 3.3-3.9 CPU-s per MB of
 * text, 2 workers, loaded machine), for about the same RSS.
 */
const YOUNG_GENERATION_MB = 48;

/**
 * Start a coding worker: the compiled `worker.js` beside this file when there is one (the built package), else
 * `worker.ts` through tsx's loader, which a worker does not inherit from `--import tsx`.
 */
export function spawnWorker(setup: WorkerSetup, maxHeapMb?: number): Worker {
  const resourceLimits = maxHeapMb == null
    ? { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    : { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (existsSync(fileURLToPath(COMPILED))) return new Worker(COMPILED, { workerData: setup, resourceLimits });
  const boot = `import(${JSON.stringify(tsxApi())}).then((api) => { api.register(); `
    + `return import(${JSON.stringify(SOURCE.href)}); })`;
  return new Worker(boot, { eval: true, workerData: setup, resourceLimits });
}
