// A coding worker: builds the coder once, then codes each article the main thread sends, in order, and reads the web
// pages it is sent (their HTML parsed here, off the thread that stores).
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../coder/index.js';
import type { Coder } from '../coder/index.js';
import { codeOne } from './code-one.js';
import type { ExtractRequest, WorkerMessage, WorkerRequest, WorkerSetup } from './protocol.js';

const port = parentPort;
if (port == null) throw new Error('src/batch/worker.ts runs as a worker thread, started by the batch pool');
const post = (message: WorkerMessage): void => port.postMessage(message);

let coder: Coder | null = null;
try {
  coder = createCoder((workerData as WorkerSetup).coder);
  post({ type: 'ready', problems: coder.problems });
} catch (error) {
  post({ type: 'fatal', reason: error instanceof Error ? error.message : String(error) });
}

/** Read a page; the HTML reader (linkedom, Readability) is loaded on the first page, not by workers that get none. */
async function extract(request: ExtractRequest): Promise<void> {
  try {
    const { extractPage } = await import('../ingest/page.js');
    post({ type: 'extracted', seq: request.seq, page: extractPage(request.html, request.baseUrl) });
  } catch (error) {
    post({ type: 'extract-failed', seq: request.seq, reason: error instanceof Error ? error.message : String(error) });
  }
}

if (coder != null) {
  const ready = coder;
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'extract') void extract(request);
    else post({ type: 'done', seq: request.seq, ...codeOne(ready, request.article) });
  });
}
