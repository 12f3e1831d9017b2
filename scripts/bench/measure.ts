import type { Article } from '../../src/index.js';
import { articleAt } from './corpus.js';
import type { Corpus } from './corpus.js';
import { procCpuMs } from './proc-cpu.js';

/** What coding one article yielded, counted by a pass. */
export interface Work {
  sentences: number;
  events: number;
}

/** Totals and wall time of one pass over the articles. */
export interface PassTotals {
  articles: number;
  sentences: number;
  bytes: number;
  events: number;
  seconds: number;
  /** `process.memoryUsage()` right after the last article. */
  memoryAfter: NodeJS.MemoryUsage;
}

/** Give timers (the RSS sampler) a turn this often, in milliseconds of work. */
const YIELD_EVERY_MS = 50;

const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

/**
 * Run `work` over `count` articles of the corpus on this thread and time it. The loop yields to the event loop
 * every 50 ms so the RSS sampler can run; a yield costs microseconds against 50 ms of work.
 */
export async function runPass(
  corpus: Corpus, count: number, work: (article: Article) => Work, tag = '',
): Promise<PassTotals> {
  const totals: PassTotals = {
    articles: 0, sentences: 0, bytes: 0, events: 0, seconds: 0, memoryAfter: process.memoryUsage(),
  };
  const start = performance.now();
  let lastYield = start;
  for (let i = 0; i < count; i++) {
    const { article, bytes } = articleAt(corpus, i, tag);
    const done = work(article);
    totals.articles++;
    totals.bytes += bytes;
    totals.sentences += done.sentences;
    totals.events += done.events;
    const now = performance.now();
    if (now - lastYield >= YIELD_EVERY_MS) {
      await nextTurn();
      lastYield = performance.now();
    }
  }
  totals.seconds = (performance.now() - start) / 1000;
  totals.memoryAfter = process.memoryUsage();
  return totals;
}

/** Peak resident set size, sampled on an unref'd timer so it never keeps the process alive. */
export interface RssSampler {
  /** Highest RSS seen so far, in bytes (also samples now). */
  peak(): number;
  stop(): void;
}

/** Sample `process.memoryUsage().rss` every `intervalMs`. */
export function sampleRss(intervalMs = 50): RssSampler {
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    peak() {
      sample();
      return peak;
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** `process.resourceUsage().maxRSS` (kilobytes on every platform Node supports) in bytes. */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * CPU milliseconds of this thread alone, from /proc (Linux): the one-core bench times the main thread, and the
 * collector's helper threads on the other core do not slow it. Elsewhere, the process's CPU time.
 */
export function threadCpuMs(): number {
  const ms = procCpuMs('/proc/thread-self/stat');
  if (ms !== null) return ms;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
