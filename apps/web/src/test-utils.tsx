import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createQueryClient } from './app/query-client.ts';
import { apiBodies } from './test-fixtures.ts';

/** A fresh query client with the app's rules, except that it does not retry, so errors show at once. */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return client;
}

/**
 * Replaces `fetch` with one answering from `bodies` (path without query string → JSON body);
 * a path it does not know answers 404. Returns the mock to inspect or change.
 */
export function mockFetch(bodies: Record<string, unknown> = apiBodies()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const body = bodies[url.pathname];
    if (body === undefined) {
      return new Response(JSON.stringify({ error: `Nothing at ${url.pathname}`, issues: [] }), { status: 404 });
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
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
