import { formatSize, tooLarge } from './decode.js';
import { bufferSource } from './source.js';
import type { Opened } from './source.js';
import { bodyOf, streamBody } from './fetch-stream.js';
import { parseMediaType } from './media-type.js';
import type { MediaType } from './media-type.js';

/** The user agent annals fetches with: who is asking, and where to read about it. */
export const USER_AGENT = 'annals/0.1 (+https://example.org/annals)';

/** How URLs are fetched. Every field is optional. */
export interface FetchOptions {
  /** Time allowed for one attempt (headers and a whole body; between chunks of a streamed one), ms; default 30 s. */
  timeoutMs?: number;
  /** Attempts after the first, for network errors, time-outs, 408, 429 and 5xx; default 2. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one, ms; default 500. A Retry-After header wins (up to 60 s). */
  backoffMs?: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /** Default `USER_AGENT`. */
  userAgent?: string;
}

/**
 * What a server said identifies the version of a URL it sent (its ETag and Last-Modified headers), kept between
 * polls so the next request can ask "only if changed" and a feed that has not changed costs one 304 and no parsing.
 */
export interface Validator {
  etag: string | null;
  lastModified: string | null;
}

/** Validators by the URL as requested. */
export type Validators = Map<string, Validator>;

/** What a caller will take from a URL: whether a body of this media type can be read, and whether to stream it. */
export interface Accept {
  /** Whether the type can be read; the reason to give when it cannot. */
  readable(type: string | null): boolean;
  refusal: string;
  /** Whether a body is read as it arrives (JSON Lines, gzip) rather than whole, up to `maxBytes`. */
  streamed(type: string | null, url: string): boolean;
}

/** The outcome of one attempt: opened, or why not and whether another attempt may help. */
type Attempt =
  | { ok: true; opened: Opened }
  | { ok: false; reason: string; retry: boolean; waitMs?: number; unchanged?: true };

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_RETRY_AFTER_MS = 60_000;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

/** Why a fetch threw, in plain words; whether trying again may help. */
function networkProblem(error: unknown, timedOut: boolean, timeoutMs: number): { reason: string; retry: boolean } {
  if (timedOut) return { reason: `timed out after ${seconds(timeoutMs)}`, retry: true };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED': return { reason: 'cannot connect: connection refused', retry: true };
    case 'ENOTFOUND': case 'EAI_AGAIN': return { reason: 'cannot connect: host not found', retry: false };
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return { reason: 'the connection was closed before the response ended', retry: true };
    default: return { reason: `cannot fetch: ${cause?.message ?? (error as Error).message}`, retry: true };
  }
}

function retryAfter(header: string | null): number | undefined {
  if (header == null) return undefined;
  const secondsValue = Number(header);
  const ms = Number.isFinite(secondsValue) ? secondsValue * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : undefined;
}

/** Bytes as UTF-8: a body in another charset is decoded by its declared charset first. */
function asUtf8(bytes: Buffer, media: MediaType | null): Buffer | string {
  const charset = media?.charset;
  if (charset == null || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return bytes;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return `has an unknown charset '${charset}'`;
  }
  return Buffer.from(decoder.decode(bytes), 'utf8');
}

/** Request headers that make the request conditional on what was fetched last time, when anything was. */
function conditionalHeaders(validator: Validator | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validator?.etag != null) headers['if-none-match'] = validator.etag;
  if (validator?.lastModified != null) headers['if-modified-since'] = validator.lastModified;
  return headers;
}

async function attempt(
  url: string, maxBytes: number, accept: Accept, options: FetchOptions, validators: Validators | undefined,
): Promise<Attempt> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const fail = (reason: string, retry = false): Attempt => {
    clearTimeout(timer);
    controller.abort();
    return { ok: false, reason, retry };
  };
  let current = url;
  let response: Response;
  try {
    for (let redirects = 0; ; redirects++) {
      response = await fetch(current, {
        redirect: 'manual', signal: controller.signal,
        headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: '*/*', ...conditionalHeaders(validators?.get(url)) },
      });
      if (!REDIRECT_STATUS.has(response.status)) break;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location == null) return fail(`HTTP ${response.status} redirect without a Location`);
      if (redirects >= (options.maxRedirects ?? 5)) return fail(`too many redirects (more than ${options.maxRedirects ?? 5})`);
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail(`redirects to a non-HTTP URL '${next.href}'`);
      current = next.href;
    }
  } catch (error) {
    const problem = networkProblem(error, timedOut, timeoutMs);
    return fail(problem.reason, problem.retry);
  }
  if (response.status === 304 && validators?.has(url) === true) {
    await response.body?.cancel().catch(() => {});
    return { ...fail('not modified since it was last read') as Attempt & { ok: false }, unchanged: true };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const { status, statusText } = response;
    return {
      ...fail(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`, RETRY_STATUS.has(status)) as Attempt & { ok: false },
      waitMs: retryAfter(response.headers.get('retry-after')),
    };
  }
  const media = parseMediaType(response.headers.get('content-type'));
  if (!accept.readable(media?.type ?? null)) {
    return fail(`is ${media?.type}, ${accept.refusal}`);
  }
  const extra = { mediaType: media?.type ?? null, url };
  if (accept.streamed(media?.type ?? null, current)) {
    clearTimeout(timer);
    return { ok: true, opened: await streamBody(url, response, extra, timeoutMs, controller) };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return fail(tooLarge(declared, maxBytes));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of bodyOf(response)) {
      size += chunk.length;
      if (size > maxBytes) break;
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    const problem = networkProblem(error, timedOut, timeoutMs);
    return fail(problem.reason, problem.retry);
  }
  if (size > maxBytes) return fail(`is over the ${formatSize(maxBytes)} limit; raise it with --max-bytes`);
  clearTimeout(timer);
  const bytes = asUtf8(Buffer.concat(chunks), media);
  if (typeof bytes === 'string') return { ok: false, reason: bytes, retry: false };
  // Only a body read whole is remembered: a stream may still fail part way, and must then be read again.
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (validators != null && (etag != null || lastModified != null)) validators.set(url, { etag, lastModified });
  return { ok: true, opened: { ok: true, source: bufferSource(url, bytes, extra) } };
}

/**
 * Fetch a URL as an input: redirects followed (up to 5, to http and https only), the media type checked against
 * what the caller reads, the body held to `maxBytes` (or streamed, for JSON Lines and gzip), a charset other than
 * UTF-8 decoded, and network errors, time-outs, 408, 429 and 5xx tried again with a doubling wait. Every failure is
 * a reason ("HTTP 404 Not Found", "timed out after 30 s (3 attempts)"), never an exception.
 * With `validators`, the request is conditional on the version read last time: a 304 comes back as `unchanged`.
 */
export async function openUrl(
  url: string, maxBytes: number, accept: Accept, options: FetchOptions = {}, validators?: Validators,
): Promise<Opened> {
  const retries = options.retries ?? 2;
  for (let n = 0; ; n++) {
    const result = await attempt(url, maxBytes, accept, options, validators);
    if (result.ok) return result.opened;
    if (result.unchanged === true) return { ok: false, reason: result.reason, unchanged: true };
    if (!result.retry || n >= retries) {
      return { ok: false, reason: n > 0 ? `${result.reason} (${n + 1} attempts)` : result.reason };
    }
    await sleep(result.waitMs ?? (options.backoffMs ?? 500) * 2 ** n);
  }
}
