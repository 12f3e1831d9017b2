import pg from 'pg';
import { QUEUE_CHANNEL } from './enqueue.js';

/** Waits for work: until the queue says jobs became claimable, a time-out, or a stop. */
export interface Waker {
  /** Resolves on a notification, after `ms`, or when `signal` aborts, whichever is first. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/**
 * LISTEN on the queue's channel over a connection of its own, so an idle worker takes new jobs as soon as they are
 * enqueued instead of at its next poll. A lost connection costs nothing but promptness: waits still time out.
 */
export async function listen(url: string): Promise<Waker> {
  const client = new pg.Client({ connectionString: url, application_name: 'annals worker (listen)' });
  let wake: (() => void) | null = null;
  let notified = false;
  client.on('notification', () => {
    notified = true;
    wake?.();
  });
  client.on('error', () => undefined);
  await client.connect();
  await client.query(`LISTEN ${QUEUE_CHANNEL}`);
  return {
    wait(ms, signal) {
      // A notification that came while the worker was busy wakes the next wait at once.
      if (notified || signal.aborted) {
        notified = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          wake = null;
          notified = false;
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done);
        wake = done;
      });
    },
    close: () => client.end().catch(() => undefined),
  };
}
