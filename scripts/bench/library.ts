/**
 * The code the benches measure: the compiled `dist/` that the `annals` command runs, not the TypeScript sources
 * through tsx (whose per-function wrappers cost a few per cent). `npm run bench` rebuilds it from `src/` first
 * (`buildLibrary`), so a bench never measures stale code.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type * as batch from '../../src/batch/index.js';
import type * as dedupe from '../../src/dedupe/index.js';
import type * as library from '../../src/index.js';
import type * as stores from '../../src/store/index.js';

export type Library = typeof library;
export type BatchLibrary = typeof batch;
export type StoreLibrary = typeof stores;
/**
 * What a batch computes on its own thread before it commits an article (the text's hash, the cluster slots), and
 * how many articles it commits at once.
 */
export type CommitLibrary = Pick<typeof dedupe, 'textHash'> & Pick<typeof batch, 'codedOutcome' | 'COMMIT_EVERY'>;

const REPO = new URL('../../', import.meta.url);
const DIST = new URL('dist/', REPO);

/** Compile `src/` into `dist/` with the package's own build configuration (tsc, no bundling). */
export function buildLibrary(): void {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', REPO));
  execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('tsconfig.build.json', REPO))], { stdio: 'inherit' });
}

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, DIST).href)) as T;

/**
 * The public face of a compiled build in a folder of the repository (`dist`, or a saved copy of it such as
 * `dist-before`, whose imports and data paths then resolve as `dist/`'s do).
 */
export const loadBuild = (dir: string): Promise<Library> => loadBuildModule<Library>(dir, 'index.js');
/** One module of a compiled build in a folder of the repository (`batch/runner.js`). */
export const loadBuildModule = <T>(dir: string, path: string): Promise<T> =>
  import(new URL(`${dir.replace(/\/+$/, '')}/${path}`, REPO).href) as Promise<T>;

/** The library's public face, compiled. */
export const loadLibrary = (): Promise<Library> => load<Library>('index.js');
/** The batch runner and its worker pool, compiled: its workers then run the compiled worker too. */
export const loadBatch = (): Promise<BatchLibrary> => load<BatchLibrary>('batch/index.js');
/** `textHash` and `codedOutcome` of a compiled build (`dist` by default), to build what a batch commits. */
export const loadCommitParts = async (dir = 'dist'): Promise<CommitLibrary> => {
  const [{ textHash }, { codedOutcome, COMMIT_EVERY }] = await Promise.all([
    loadBuildModule<typeof dedupe>(dir, 'dedupe/index.js'), loadBuildModule<typeof batch>(dir, 'batch/index.js'),
  ]);
  return { textHash, codedOutcome, COMMIT_EVERY };
};
/** The stores, compiled. */
export const loadStores = (): Promise<StoreLibrary> => load<StoreLibrary>('store/index.js');
