import { lazy, Suspense, useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'wouter';
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
  useViewChange();

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

/**
 * On moving to another view: back to the top (unless the address names a place on the page), and focus on
 * the main region so a screen reader starts reading the new view.
 */
function useViewChange() {
  const [path] = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    if (!window.location.hash) window.scrollTo({ top: 0 });
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
}
