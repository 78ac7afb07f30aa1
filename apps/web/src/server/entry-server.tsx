/**
 * The server renderer: every view as HTML, with its charts drawn and its data beside it, for the API server to
 * send (`apps/api/src/pages`) and the static export to write. Built by `vite build --ssr` into dist-server/, which
 * the API loads as a file: the API never imports the web app's source.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@bd/core';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { App } from '../app/app.tsx';
import { pageDataScript } from '../app/page-data.ts';
import { createQueryClient } from '../app/query-client.ts';
import { fetchRouteData, type MatchedRoute, matchRoute, pageAddresses, presenterRoute, viewRoutes } from '../app/route-table.ts';
import { ServerPlotContext, type ServerPlots } from '../components/series-chart/chart-plot.tsx';
import { drawingKey } from '../components/series-chart/plot-drawing.ts';
import { ApiError, configureApiForServer } from '../lib/api-client.ts';
import { preferredLocale } from '../lib/i18n/use-locale.ts';
import { ServerOrigin } from '../lib/page-origin.ts';
import { indicatorQueries } from '../lib/queries/indicator-queries.ts';
import { pageHeadTags } from './page-head.ts';
import { createPlotDrawer } from './plot-drawer.ts';
import { type PreviewChart, previewChart } from './preview-chart.ts';
import { type BuildManifest, inlineStyleSheets, type StyleSheets, viewAssets } from './view-assets.ts';

export { pageAddresses };

/** A page to render: its path, its query string (with `?`, or ''), and the origin to write absolute addresses with. */
export interface PageRequest {
  path: string;
  search: string;
  origin: string;
}

/** A rendered page: its HTTP status (404 for an address or indicator that does not exist) and the whole document. */
export interface RenderedPage {
  status: 200 | 404;
  html: string;
  locale: Locale;
}

export interface PageRendererOptions {
  /** The client build's index.html: its scripts and styles are the page's. */
  template: string;
  /** The client build's `.vite/manifest.json`, parsed: it names the files of each view's code. */
  manifest: BuildManifest;
  /** The text of each style sheet index.html links, by its address there: every page carries its styles inline. */
  styleSheets: StyleSheets;
  /** Pages of the static export: their links name the export's files, and they say so to the browser. */
  staticSite: boolean;
}

/** Asks the API for an answer, in the same process (Hono's `app.request` of the data the page is rendered from). */
export type RequestApi = (path: string, init: RequestInit) => Response | Promise<Response>;

export interface PageRenderer {
  render: (request: PageRequest, requestApi: RequestApi) => Promise<RenderedPage>;
  /** An indicator's chart for its preview image, at `size`; undefined for an unknown indicator. */
  previewChart: (
    request: { indicator: string; locale: Locale },
    size: { width: number; height: number; fontSize: number },
    requestApi: RequestApi,
  ) => Promise<PreviewChart | undefined>;
  close: () => Promise<void>;
}

/** Whether the page being rendered is the static export's, for every renderer of the process. */
const staticPages = new AsyncLocalStorage<boolean>();

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'chart-worker.js');

/** How many times a page is rendered again for data its views asked for that the route table did not name. */
const MAX_PASSES = 3;

/**
 * The server's query client: the browser's rules (a view renders an answer as it will after hydration), except
 * that it does not retry (the answers come from this process) and keeps everything for the one render.
 */
function serverQueryClient(): QueryClient {
  const client = createQueryClient();
  const queries = client.getDefaultOptions().queries;
  client.setDefaultOptions({
    queries: { ...queries, retry: false, staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY },
  });
  return client;
}

/** True when the view the address names does not exist: no such route, or an indicator the API does not know. */
function notFound(client: QueryClient, route: MatchedRoute, entity: string | undefined): boolean {
  if (route.view === 'notFound') return true;
  if (route.indicator === undefined) return false;
  const error = client.getQueryState(indicatorQueries.detail(route.indicator, entity).queryKey)?.error;
  return error instanceof ApiError && error.status === 404;
}

/** Makes the renderer. Charts are drawn in a worker thread started on first use; `close` stops it. */
export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  // The views' queries ask the API of the render they are part of: renders of two data versions may overlap.
  const api = new AsyncLocalStorage<RequestApi>();
  configureApiForServer(
    async (apiPath, init) => {
      const requestApi = api.getStore();
      if (!requestApi) throw new Error(`${apiPath} was asked for outside a page's render`);
      return requestApi(apiPath, init);
    },
    () => staticPages.getStore() ?? false,
  );
  const drawer = createPlotDrawer(WORKER);
  const template = inlineStyleSheets(options.template, options.styleSheets);

  async function renderApp(client: QueryClient, request: PageRequest, plots: ServerPlots): Promise<string> {
    const errors: unknown[] = [];
    const { prelude } = await prerender(
      <StrictMode>
        <ServerOrigin value={request.origin}>
          <ServerPlotContext value={plots}>
            <Router ssrPath={request.path} ssrSearch={request.search.replace(/^\?/, '')}>
              <App client={client} />
            </Router>
          </ServerPlotContext>
        </ServerOrigin>
      </StrictMode>,
      // Every boundary written in place, complete: none outlined to be revealed by an inline script (the CSP
      // forbids inline scripts, and a reader without scripts would see its fallback).
      { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    const html = await new Response(prelude).text();
    if (errors.length > 0) throw errors[0];
    return html;
  }

  async function renderPage(request: PageRequest): Promise<RenderedPage> {
    const route = matchRoute(request.path, request.search);
    const locale = preferredLocale(route.params);
    const client = serverQueryClient();
    const entity = await fetchRouteData(client, route);
    // One drawing per chart of the page, drawn once however often the page is rendered.
    const drawn = new Map<string, Promise<string>>();
    const plots: ServerPlots = {
      svgOf: (drawing) => {
        const key = drawingKey(drawing);
        let svg = drawn.get(key);
        if (!svg) {
          svg = drawer.draw(drawing);
          drawn.set(key, svg);
        }
        return svg;
      },
    };
    let html = await renderApp(client, request, plots);
    for (let pass = 1; pass < MAX_PASSES; pass++) {
      // A query a view made but nobody fetched: the view would show a placeholder for it. Fetch it, render again.
      const unasked = client
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle');
      if (unasked.length === 0) break;
      await Promise.all(unasked.map((query) => client.prefetchQuery({ ...query.options, queryKey: query.queryKey })));
      html = await renderApp(client, request, plots);
    }
    const presenting = route.params.get('present') === '1' && route.view !== 'embed';
    const modules = [viewRoutes[route.view].module, presenting ? presenterRoute.module : undefined];
    const head = viewRoutes[route.view].head(client, route, locale, entity);
    const queries = dehydrate(client, { shouldDehydrateQuery: (query) => query.state.status !== 'pending' });
    const found = !notFound(client, route, entity);
    const document = template
      .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
      .replace(/<title>[^<]*<\/title>\s*/, '')
      .replace(/<meta name="description"[^>]*>\s*/, '')
      .replace(
        '</head>',
        `${pageHeadTags(head, request, locale, options.staticSite, found)}${viewAssets(options.manifest, modules)}</head>`,
      )
      .replace(
        '<div id="root"></div>',
        `<div id="root">${html}</div>${pageDataScript({ locale, origin: request.origin, search: request.search, queries })}`,
      );
    return { status: found ? 200 : 404, html: document, locale };
  }

  return {
    render: (request, requestApi) => staticPages.run(options.staticSite, () => api.run(requestApi, () => renderPage(request))),
    previewChart: (request, size, requestApi) =>
      api.run(requestApi, async () => {
        const client = serverQueryClient();
        const entity = await fetchRouteData(client, matchRoute(`/embed/${encodeURIComponent(request.indicator)}`, ''));
        return previewChart(client, drawer, { ...request, entity }, size);
      }),
    close: () => drawer.close(),
  };
}
