import type { Worker } from 'node:worker_threads';
import type { CoderOptions } from '../coder/index.js';
import { ensureGazetteerIndex } from '../geo/load.js';
import { extractHere, type Page } from '../ingest/index.js';
import type { Article, Message } from '../model/index.js';
import { codeOne } from './code-one.js';
import type { CodeFailure, Coded, WorkerMessage, WorkerRequest } from './protocol.js';
import { spawnWorker } from './spawn.js';

/** Codes articles: on worker threads, each with its own coder, or on this thread (`workers: 0`). */
export interface CodingPool {
  /** Worker threads at most; 0 when articles are coded on the calling thread. */
  readonly workers: number;
  /** Problems met while loading dictionaries and lexicon, reported once. */
  readonly problems: Message[];
  /** Code one article. Never rejects: a coder that throws, or a worker that dies, is a failure with its reason. */
  code(article: Article): Promise<Coded | CodeFailure>;
  /** Read a web page's article out of its HTML, on a worker (`extractPage`); rejects with the reason it could not. */
  extract(html: string, baseUrl: string | null): Promise<Page>;
  /** Stop the workers; no call may follow. */
  close(): Promise<void>;
}

/** Options for a pool. */
export interface PoolOptions {
  /** Worker threads: the machine's cores by default; 0 codes on the calling thread. */
  workers: number;
  coder?: CoderOptions;
  /**
   * Old-generation heap of each worker, MB; default 256. V8 otherwise lets garbage pile up to gigabytes before a
   * full collection; a cap keeps every worker near its live set (the coder's data, ~60 MB, and one article).
   */
  maxHeapMb?: number;
}

const DEFAULT_MAX_HEAP_MB = 256;

/** Workers that die before their coder is built: past this many, the pool stops starting new ones (a crash loop). */
const MAX_FAILED_STARTS = 3;
/** A worker still building its coder counts as this many articles behind, so ready ones are given work first. */
const LOADING_WEIGHT = 8;

/** A request a worker has not answered: how to settle it with the answer, or with the reason there is none. */
interface Pending {
  answer: (message: WorkerMessage & { seq: number }) => void;
  fail: (reason: string) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

/** Code on the calling thread, one article per event-loop turn so timers (progress, signals) still run. */
async function inlinePool(coder: CoderOptions): Promise<CodingPool> {
  // Loaded here only: with workers, the main thread never loads the language model.
  const { createCoder } = await import('../coder/index.js');
  const built = createCoder(coder);
  return {
    workers: 0,
    problems: built.problems,
    code: (article) => new Promise((done) => setImmediate(() => done(codeOne(built, article)))),
    extract: extractHere,
    close: async () => {},
  };
}

/**
 * A pool of coding workers, each building its coder once. The first starts at once (its load problems are the
 * pool's); the others start when articles wait, so a small input costs one model load and a large one uses every
 * core. Articles go to the worker with the fewest waiting, ready workers first; a worker that dies fails its
 * articles with the reason and is replaced (up to 3 times).
 */
export async function createPool(options: PoolOptions): Promise<CodingPool> {
  const coder = options.coder ?? {};
  if (options.workers <= 0) return inlinePool(coder);
  // Building the gazetteer index takes more heap than a worker is given: build it here once, workers only read it.
  if (coder.geo !== false) ensureGazetteerIndex(coder.geo ?? {});
  const slots: Slot[] = [];
  let seq = 0;
  let failedStarts = 0;
  let closing = false;
  let problems: Message[] = [];
  let first: { resolve: () => void; reject: (error: Error) => void } | null = null;

  const add = (): Slot => {
    const slot: Slot = { worker: spawnWorker({ coder }, options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB), ready: false, pending: new Map() };
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        slot.ready = true;
        if (first != null) problems = message.problems;
        first?.resolve();
        first = null;
      } else if (message.type === 'fatal') {
        first?.reject(new Error(`Cannot start a coding worker: ${message.reason}`));
        first = null;
      } else {
        const pending = slot.pending.get(message.seq);
        slot.pending.delete(message.seq);
        pending?.answer(message);
      }
    });
    // A worker that dies while coding (an article too big for its heap) is replaced; one that cannot start, not forever.
    const died = (why: string): void => {
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      if (!slot.ready) failedStarts++;
      first?.reject(new Error(`Cannot start a coding worker: ${why}`));
      first = null;
      for (const pending of slot.pending.values()) pending.fail(why);
      slot.pending.clear();
      if (!closing && failedStarts < MAX_FAILED_STARTS && slots.length === 0) add();
    };
    const heap = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
    slot.worker.on('error', (error: Error & { code?: string }) => died(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `it needs more than the ${heap} MB heap of a coding worker (code it with --workers 0, or split it)`
      : `the coding worker stopped: ${error.message}`));
    slot.worker.on('exit', (code) => died(`the coding worker stopped: it exited with code ${code}`));
    slots.push(slot);
    return slot;
  };

  /** The worker with the fewest requests waiting, ready ones first; starts another when every one is busy. */
  const pick = (): Slot | undefined => {
    const load = (s: Slot): number => s.pending.size + (s.ready ? 0 : LOADING_WEIGHT);
    const slot = slots.reduce<Slot | undefined>((best, s) => (best == null || load(s) < load(best) ? s : best), undefined);
    // Every worker is busy: start another, which takes requests once its coder is built.
    if (slot != null && slot.pending.size > 0 && slots.length < options.workers && !closing) add();
    return slot;
  };
  const send = (slot: Slot, request: (seq: number) => WorkerRequest, pending: Pending): void => {
    const id = seq++;
    slot.pending.set(id, pending);
    slot.worker.postMessage(request(id));
  };

  const pool: CodingPool = {
    workers: options.workers,
    get problems() {
      return problems;
    },
    code(article) {
      const slot = pick();
      if (slot == null) return Promise.resolve({ ok: false, reason: 'could not be coded: the coding workers kept failing' });
      return new Promise((resolve) => send(slot, (id) => ({ type: 'code', seq: id, article }), {
        answer: (message) => resolve(message.type !== 'done' ? { ok: false, reason: `could not be coded: the worker answered '${message.type}'` }
          : message.ok ? { ok: true, records: message.records, messages: message.messages, sentences: message.sentences }
            : { ok: false, reason: message.reason }),
        fail: (why) => resolve({ ok: false, reason: `could not be coded: ${why}` }),
      }));
    },
    extract(html, baseUrl) {
      const slot = pick();
      if (slot == null) return Promise.reject(new Error('the coding workers kept failing'));
      return new Promise((resolve, reject) => send(slot, (id) => ({ type: 'extract', seq: id, html, baseUrl }), {
        answer: (message) => (message.type === 'extracted' ? resolve(message.page)
          : reject(new Error(message.type === 'extract-failed' ? message.reason : `the worker answered '${message.type}'`))),
        fail: (why) => reject(new Error(why)),
      }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };

  await new Promise<void>((resolve, reject) => {
    first = { resolve, reject };
    add();
  }).catch(async (error: unknown) => {
    await pool.close();
    throw error;
  });
  return pool;
}
