import { Readable } from 'node:stream';
import { openStream } from './source.js';
import type { Opened, Source } from './source.js';

/** A response body as chunks (the DOM typings lack the async iterator Node's streams have). */
export function bodyOf(response: Response): AsyncIterable<Uint8Array> {
  return (response.body ?? []) as unknown as AsyncIterable<Uint8Array>;
}

/**
 * A response body read as it arrives (JSON Lines or gzip of any size): no size limit, but the request is aborted
 * when the server sends nothing for `idleMs`, and the input ends with that reason. A body left unread is cancelled.
 */
export async function streamBody(
  origin: string, response: Response, extra: Pick<Source, 'mediaType' | 'url'>, idleMs: number, controller: AbortController,
): Promise<Opened> {
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, idleMs);
  };
  async function* body(): AsyncGenerator<Buffer> {
    let finished = false;
    arm();
    try {
      for await (const chunk of bodyOf(response)) {
        arm();
        yield Buffer.from(chunk);
      }
      finished = true;
    } catch (error) {
      if (stalled) throw new Error(`timed out: no data for ${Number((idleMs / 1000).toFixed(1))} s`);
      throw error;
    } finally {
      clearTimeout(timer);
      if (!finished) controller.abort();
    }
  }
  const opened = await openStream(origin, Readable.from(body()));
  return opened.ok ? { ok: true, source: { ...opened.source, ...extra } } : opened;
}
