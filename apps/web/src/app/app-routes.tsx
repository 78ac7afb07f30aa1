import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingSkeleton } from '../components/loading-skeleton.tsx';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';

const IndicatorPage = lazy(() =>
  import('../features/indicator/components/indicator-page.tsx').then((m) => ({ default: m.IndicatorPage })),
);
const SourcesPage = lazy(() =>
  import('../features/sources/components/sources-page.tsx').then((m) => ({ default: m.SourcesPage })),
);
const TimelinePage = lazy(() =>
  import('../features/timeline/components/timeline-page.tsx').then((m) => ({ default: m.TimelinePage })),
);
const ChecksPage = lazy(() => import('../features/checks/components/checks-page.tsx').then((m) => ({ default: m.ChecksPage })));
const PartnersPage = lazy(() =>
  import('../features/partners/components/partners-page.tsx').then((m) => ({ default: m.PartnersPage })),
);

/** The views: the overview is in the first bundle; the others load when first visited. */
export function AppRoutes() {
  return (
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
  );
}
