import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A request the API refuses: its status and a plain reason, sent as `{ "error": { "status", "message" } }`. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
  }
}

/** The JSON body of an error response. */
export function errorBody(status: number, message: string): { error: { status: number; message: string } } {
  return { error: { status, message } };
}

/**
 * An error handler: an `ApiError` is answered as it says, anything else as a 500 that does not leak internals,
 * after `report` (the operator's log) is told what it was.
 */
export function sendError(report: (error: unknown, request: Request) => void): (error: unknown, c: Context) => Response {
  return function sendError(error, c) {
    if (error instanceof ApiError) return c.json(errorBody(error.status, error.message), error.status);
    report(error, c.req.raw);
    return c.json(errorBody(500, 'Internal error: the request could not be answered'), 500);
  };
}
