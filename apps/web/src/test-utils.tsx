import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createQueryClient } from './app/query-client.ts';
import { ApiAnswer, apiBodies } from './test-fixtures.ts';

/** A fresh query client with the app's rules, except that it does not retry, so errors show at once. */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return client;
}

const unexpected: string[] = [];

/** The addresses asked for that the mock did not know, since the last call; `test-setup.ts` fails a test that has any. */
export function takeUnexpectedRequests(): string[] {
  return unexpected.splice(0);
}

/**
 * Replaces `fetch` with one answering from `bodies` (path with its exact query string → JSON body served with
 * 200, or an `ApiAnswer` with its status). An address it does not know answers 404 and fails the test, naming the
 * address asked for and the ones known, so a wrong path or query parameter never passes. Returns the mock.
 */
export function mockFetch(bodies: Record<string, unknown> = apiBodies()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const address = `${url.pathname}${url.search}`;
    const known = bodies[address];
    if (known === undefined) {
      const message = `fetch asked for ${address}, which the mock does not know; it knows ${Object.keys(bodies).join(', ')}`;
      unexpected.push(message);
      return new Response(JSON.stringify({ error: message, issues: [] }), { status: 404 });
    }
    const { status, body } = known instanceof ApiAnswer ? known : { status: 200, body: known };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders `ui` with a fresh query client and an in-memory location starting at `path`. */
export function renderWithApp(ui: ReactElement, path = '/') {
  const client = testQueryClient();
  const [pathname, search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname ?? '/', searchPath: search, record: true });
  const result = render(
    <QueryClientProvider client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </QueryClientProvider>,
  );
  return { ...result, client, location };
}
