import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { PageInteractive } from '../lib/page-interactive.tsx';
import { embed } from './app-routes.tsx';
import { AppShell } from './app-shell.tsx';
import { viewRoutes } from './route-table.ts';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

const EmbedPage = embed.Page;

/**
 * The dashboard with its data client; routing uses the router's address (the browser's, or the one the server
 * renders). `/embed/<indicator>` is a chart alone, without the dashboard's header and footer, for other sites to frame.
 */
export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <Switch>
        <Route path={viewRoutes.embed.pattern}>
          {(params) => (
            <ViewErrorBoundary resetKey={params.id}>
              <Suspense fallback={null}>
                <EmbedPage id={params.id} />
                <PageInteractive />
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
