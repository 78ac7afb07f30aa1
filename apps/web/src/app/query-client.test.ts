import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client.ts';
import { createQueryClient } from './query-client.ts';

/** How many times the app's client asks before giving up on a query that fails with `error`. */
async function attempts(error: Error): Promise<number> {
  const queryFn = vi.fn(async () => {
    throw error;
  });
  await createQueryClient()
    .fetchQuery({ queryKey: ['failing'], queryFn, retryDelay: 0 })
    .catch(() => undefined);
  return queryFn.mock.calls.length;
}

describe('createQueryClient', () => {
  it('does not retry an answer the server gave on purpose', async () => {
    expect(await attempts(new ApiError(404, 'No indicator "nope"'))).toBe(1);
    expect(await attempts(new ApiError(400, 'Bad query'))).toBe(1);
  });
  it('retries once when the server failed or could not be reached', async () => {
    expect(await attempts(new ApiError(500, 'Internal error'))).toBe(2);
    expect(await attempts(new ApiError(0, 'Could not reach the server'))).toBe(2);
  });
});
