import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Route, Switch } from 'wouter';
import { lazyPage } from '../lib/lazy-page.ts';
import { prefetchRouteData } from '../lib/prefetch-route-data.ts';
import { AppShell } from './app-shell.tsx';
import { createQueryClient } from './query-client.ts';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

const EmbedPage = lazyPage(() => import('../features/embed/components/embed-page.tsx').then((m) => m.EmbedPage)).Page;

/**
 * The dashboard with its data client (given, or made here, with the first view's data asked for at once); routing
 * uses the browser's address. `/embed/<indicator>` is a chart alone,
 * without the dashboard's header and footer, for other sites to frame.
 */
export function App({ client: given }: { client?: QueryClient }) {
  const [client] = useState(() => given ?? prefetchRouteData(createQueryClient(), window.location));
  return (
    <QueryClientProvider client={client}>
      <Switch>
        <Route path="/embed/:id">
          {(params) => (
            <ViewErrorBoundary resetKey={params.id}>
              <Suspense fallback={null}>
                <EmbedPage id={params.id} />
              </Suspense>
            </ViewErrorBoundary>
          )}
        </Route>
        <Route>
          <AppShell />
        </Route>
      </Switch>
    </QueryClientProvider>
  );
}
