import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { LoadingSkeleton } from '../components/loading-skeleton.tsx';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { lazyPage } from '../lib/lazy-page.ts';
import { PageInteractive } from '../lib/page-interactive.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { matchRoute, type ViewName, viewRoutes } from './route-table.ts';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

// Each `import()` names the module its route in route-table.ts names (route-table.test.ts holds them together).
const indicator = lazyPage(() => import('../features/indicator/components/indicator-page.tsx').then((m) => m.IndicatorPage));
const sources = lazyPage(() => import('../features/sources/components/sources-page.tsx').then((m) => m.SourcesPage));
const timeline = lazyPage(() => import('../features/timeline/components/timeline-page.tsx').then((m) => m.TimelinePage));
const checks = lazyPage(() => import('../features/checks/components/checks-page.tsx').then((m) => m.ChecksPage));
const partners = lazyPage(() => import('../features/partners/components/partners-page.tsx').then((m) => m.PartnersPage));
/** The embed's page, outside the dashboard's shell (see app.tsx). */
export const embed = lazyPage(() => import('../features/embed/components/embed-page.tsx').then((m) => m.EmbedPage));
const lazyViews: Partial<Record<ViewName, { preload: () => Promise<unknown> }>> = {
  indicator,
  sources,
  timeline,
  checks,
  partners,
  embed,
};
const [IndicatorPage, SourcesPage, TimelinePage, ChecksPage, PartnersPage] = [
  indicator.Page,
  sources.Page,
  timeline.Page,
  checks.Page,
  partners.Page,
];

/** Loads the code of the view at an address, if it is a lazy one, so the first render of it need not wait. */
export function preloadView(pathname: string, search = ''): Promise<unknown> {
  return lazyViews[matchRoute(pathname, search).view]?.preload() ?? Promise.resolve();
}

/** The views: the overview is in the first bundle; the others load when first visited. */
export function AppRoutes() {
  const [path] = useLocation();
  return (
    <ViewErrorBoundary resetKey={path}>
      <Suspense fallback={<LoadingSkeleton />}>
        <Switch>
          <Route path={viewRoutes.overview.pattern} component={OverviewPage} />
          <Route path={viewRoutes.indicator.pattern}>{(params) => <IndicatorPage id={params.id} />}</Route>
          <Route path={viewRoutes.sources.pattern} component={SourcesPage} />
          <Route path={viewRoutes.timeline.pattern} component={TimelinePage} />
          <Route path={viewRoutes.checks.pattern} component={ChecksPage} />
          <Route path={viewRoutes.partners.pattern} component={PartnersPage} />
          <Route component={NotFoundPage} />
        </Switch>
        <PageInteractive />
      </Suspense>
    </ViewErrorBoundary>
  );
}
