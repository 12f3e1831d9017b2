import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Let a request through only with `Authorization: Bearer <token>`. Without a configured token the server is
 * read-only and every writing request is refused. Tokens are compared in constant time.
 */
export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token == null || token === '' ? null : digest(token);
  return async function requireToken(c, next) {
    if (expected == null) {
      throw new ApiError(403, 'This server is read-only: start it with --token or ANNALS_TOKEN to accept articles');
    }
    const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (given == null || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="annals"');
      throw new ApiError(401, 'A valid token is needed: send Authorization: Bearer <token>');
    }
    await next();
  };
}
