export { createPool } from './pool.js';
export type { CodingPool, PoolOptions } from './pool.js';
export { runBatch } from './runner.js';
export type { BatchOptions } from './runner.js';
export type { ArticleResult, BatchProgress, BatchSummary } from './results.js';
export { createProgress } from './progress.js';
export type { Progress, ProgressOptions } from './progress.js';
export { watch, parseDuration } from './watch.js';
export type { PollReport, WatchOptions } from './watch.js';
