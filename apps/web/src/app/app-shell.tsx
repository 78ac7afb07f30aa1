import { lazy, Suspense, useEffect } from 'react';
import { useSearchParams } from 'wouter';
import { LoadingSkeleton } from '../components/loading-skeleton.tsx';
import { rememberLocale, useLocale } from '../lib/i18n/use-locale.ts';
import { AppFooter } from './app-footer.tsx';
import { AppHeader } from './app-header.tsx';
import { AppRoutes } from './app-routes.tsx';

const Presenter = lazy(() => import('../features/present/components/presenter.tsx').then((m) => ({ default: m.Presenter })));

/** Header, the routed view, footer; and the presenter on top when the address says `?present=1`. */
export function AppShell() {
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const presenting = params.get('present') === '1';

  useEffect(() => {
    document.documentElement.lang = locale;
    rememberLocale(locale);
  }, [locale]);

  return (
    <>
      <div className="app" inert={presenting || undefined}>
        <AppHeader />
        <main id="main" className="main" tabIndex={-1}>
          <AppRoutes />
        </main>
        <AppFooter />
      </div>
      {presenting && (
        <Suspense fallback={<LoadingSkeleton />}>
          <Presenter />
        </Suspense>
      )}
    </>
  );
}
