// A coding worker: builds the coder once, then codes each article the main thread sends, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../coder/index.js';
import type { Coder } from '../coder/index.js';
import { codeOne } from './code-one.js';
import type { CodeRequest, WorkerMessage, WorkerSetup } from './protocol.js';

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

if (coder != null) {
  const ready = coder;
  port.on('message', (request: CodeRequest) => {
    post({ type: 'done', seq: request.seq, ...codeOne(ready, request.article) });
  });
}
