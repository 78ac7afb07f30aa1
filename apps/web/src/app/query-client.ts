import { QueryClient } from '@tanstack/react-query';

/**
 * The app's query client. The data changes only when the curators publish, so answers stay fresh for
 * five minutes; one retry rides out a blip without keeping a user waiting long for the error and its "Retry".
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
