import type { ErrorAnswer } from '@bd/core';
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ERROR_HEADERS, errorBody } from './errors.ts';

/** The parameters a strict object schema accepts, for naming them when an unknown one is given. */
function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Turns zod's issues into `{path, message}`; an unknown parameter is named, with the ones that exist. */
function queryIssues(error: z.core.$ZodError, schema: z.ZodType): ErrorAnswer['issues'] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema);
      return issue.keys.map((key) => ({
        path: key,
        message:
          known.length > 0 ? `unknown parameter: expected one of ${known.join(', ')}` : 'this endpoint takes no parameters',
      }));
    }
    return [{ path: issue.path.map(String).join('.'), message: issue.message }];
  });
}

/**
 * A parameter the schema knows that was given more than once (`?from=2020&from=2021`) arrives as a list: one issue
 * says so, instead of zod's "expected string, received array".
 */
function repeatedParameterIssues(input: unknown, issues: ErrorAnswer['issues'], schema: z.ZodType): ErrorAnswer['issues'] {
  if (typeof input !== 'object' || input === null) return issues;
  const known = new Set(knownKeys(schema));
  const repeated = Object.entries(input).filter(([key, value]) => known.has(key) && Array.isArray(value));
  if (repeated.length === 0) return issues;
  const names = new Set(repeated.map(([key]) => key));
  return [
    ...repeated.map(([key, values]) => ({
      path: key,
      message: `given ${(values as unknown[]).length} times: give each parameter once (several ids go in one, separated by commas)`,
    })),
    ...issues.filter((issue) => !names.has(issue.path.split('.')[0] ?? '')),
  ];
}

/**
 * Validates a request part with `schema`; a failure answers 400 `{"error": "Invalid query", "issues": [...]}`.
 * Handlers read the result only through `c.req.valid(target)`.
 */
export function validate<S extends z.ZodType, T extends keyof ValidationTargets>(target: T, schema: S) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const title = target === 'query' ? 'Invalid query' : `Invalid ${target}`;
      const issues = repeatedParameterIssues(result.data, queryIssues(result.error, schema), schema);
      return c.json(errorBody(title, issues), 400, ERROR_HEADERS);
    }
  });
}
