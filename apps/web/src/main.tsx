import './lib/zod-without-eval.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadView } from './app/app-routes.tsx';
import { hydratePageData, readPageData, renderedFor } from './app/page-data.ts';
import { createQueryClient } from './app/query-client.ts';
import { fetchRouteData, matchRoute } from './app/route-table.ts';
import { preferredLocale } from './lib/i18n/use-locale.ts';
import { ServerOrigin } from './lib/page-origin.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render the dashboard into');
const client = createQueryClient();
const page = readPageData(document);
if (page) hydratePageData(client, page);
const { pathname, search } = window.location;
const app = (
  <StrictMode>
    <ServerOrigin value={page?.origin ?? ''}>
      <App client={client} />
    </ServerOrigin>
  </StrictMode>
);
// A reader who chose the other language before, opening an address that names none, gets the page rendered in
// theirs: the address is corrected, and the page drawn here rather than hydrated in the server's language.
const locale = preferredLocale(new URLSearchParams(search));
if (page && locale !== page.locale) {
  const corrected = new URL(window.location.href);
  corrected.searchParams.set('lang', locale);
  window.history.replaceState(window.history.state, '', corrected);
}
if (page && locale === page.locale && renderedFor(page, window.location.search) && root.firstChild) {
  // The page arrived drawn, for this address: React takes it over in place. Views whose code is still loading keep
  // their HTML and are hydrated once it is here. A static file drawn for another query string is drawn again here.
  hydrateRoot(root, app);
} else {
  // No server rendering (the development server, a page from before it): the first view's data is asked for
  // now, while its code loads, and the view renders once its code is here (see lazy-page.ts).
  void fetchRouteData(client, matchRoute(pathname, search)).catch(() => undefined);
  void preloadView(pathname, search)
    .catch(() => undefined)
    .then(() => createRoot(root).render(app));
}
