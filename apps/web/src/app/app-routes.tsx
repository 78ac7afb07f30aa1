import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { LoadingSkeleton } from '../components/loading-skeleton.tsx';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { lazyPage } from '../lib/lazy-page.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

const indicator = lazyPage(() => import('../features/indicator/components/indicator-page.tsx').then((m) => m.IndicatorPage));
const sources = lazyPage(() => import('../features/sources/components/sources-page.tsx').then((m) => m.SourcesPage));
const timeline = lazyPage(() => import('../features/timeline/components/timeline-page.tsx').then((m) => m.TimelinePage));
const [IndicatorPage, SourcesPage, TimelinePage] = [indicator.Page, sources.Page, timeline.Page];

/** Loads the code of the view at `pathname`, if it is a lazy one, so the first render of it need not wait. */
export function preloadView(pathname: string): Promise<unknown> {
  if (pathname.startsWith('/indicators/')) return indicator.preload();
  if (/^\/sources\/?$/.test(pathname)) return sources.preload();
  if (/^\/timeline\/?$/.test(pathname)) return timeline.preload();
  return Promise.resolve();
}
const checks = lazyPage(() => import('../features/checks/components/checks-page.tsx').then((m) => m.ChecksPage));
const partners = lazyPage(() => import('../features/partners/components/partners-page.tsx').then((m) => m.PartnersPage));
const [ChecksPage, PartnersPage] = [checks.Page, partners.Page];

/** The views: the overview is in the first bundle; the others load when first visited. */
export function AppRoutes() {
  const [path] = useLocation();
  return (
    <ViewErrorBoundary resetKey={path}>
      <Suspense fallback={<LoadingSkeleton />}>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route path="/indicators/:id">{(params) => <IndicatorPage id={params.id} />}</Route>
          <Route path="/sources" component={SourcesPage} />
          <Route path="/timeline" component={TimelinePage} />
          <Route path="/checks" component={ChecksPage} />
          <Route path="/partners" component={PartnersPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ViewErrorBoundary>
  );
}
