import './lib/zod-without-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadView } from './app/app-routes.tsx';
import { createQueryClient } from './app/query-client.ts';
import { prefetchRouteData } from './lib/prefetch-route-data.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render the dashboard into');
// The first view's data is asked for now, while its code loads; and a view opened from a link renders once its
// code is here, rather than first as a placeholder (see lazy-page.ts).
const client = prefetchRouteData(createQueryClient(), window.location);
void preloadView(window.location.pathname)
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
