import type { ErrorAnswer } from '@bd/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** The body of a 4xx or 5xx answer. */
export function errorBody(error: string, issues: ErrorAnswer['issues'] = []): ErrorAnswer {
  return { error, issues };
}

/** `No indicator with id "x"`. */
export function noRecordBody(kind: string, id: string): ErrorAnswer {
  return errorBody(`No ${kind} with id ${JSON.stringify(id)}`);
}

/** Error answers are never cached: the next request may be a corrected one with the same ETag-less URL. */
export const ERROR_HEADERS = { 'Cache-Control': 'no-store' } as const;

/** The answer to an error no handler expected: a 500 that says where to look, never the error itself. */
export function answerUnexpectedError(error: Error, c: Context): Response {
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(errorBody(error.message || 'Bad request'), error.status, ERROR_HEADERS);
  }
  console.error(`Error answering ${c.req.method} ${c.req.path}:`, error);
  return c.json(errorBody('Internal error: the server could not answer; the error is in its log'), 500, ERROR_HEADERS);
}
