import { QueryClient } from '@tanstack/react-query';
import { isClientError } from '../lib/api-client.ts';

/**
 * One retry rides out a blip without keeping a user waiting long for the error and its "Retry". An answer the
 * server gave on purpose, 404 for an unknown indicator or 400 for a bad query, is not retried: it would be the
 * same a second later, and the view can say so at once instead of after the retry's delay.
 */
function retryOnce(failureCount: number, error: Error): boolean {
  return !isClientError(error) && failureCount < 1;
}

/** The app's query client. The data changes only when the curators publish, so answers stay fresh for five minutes. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        retry: retryOnce,
        // Nor is it asked again when a view mounts: a 404 the first view's prefetch already got is the answer.
        retryOnMount: (query) => !isClientError(query.state.error),
        refetchOnWindowFocus: false,
      },
    },
  });
}
