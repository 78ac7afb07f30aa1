import { Hono } from 'hono';
import { type DatasetIndex, indexDataset } from './data/dataset-index.ts';
import type { LoadedData } from './data/load-dataset.ts';
import { PREPARED_LIMIT } from './http/answer.ts';
import { dataVersionHeader } from './http/data-version-header.ts';
import { answerUnexpectedError, ERROR_HEADERS, errorBody } from './http/errors.ts';
import { type PublicAddress, publicOriginOf } from './http/public-origin.ts';
import { urlLengthLimit } from './http/request-limits.ts';
import { apiCors, readOnly, securityHeaders } from './http/security.ts';
import type { RequestApi } from './pages/page-answers.ts';
import { pageRendererFor, rendererFileFor } from './pages/page-renderer.ts';
import { previewRoutes } from './pages/preview-routes.ts';
import { checkRoutes } from './routes/checks.ts';
import { entityRoutes } from './routes/entities.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { healthRoutes } from './routes/health.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { observationRoutes } from './routes/observations.ts';
import { referenceRoutes } from './routes/reference.ts';
import { sourceRoutes } from './routes/sources.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { type ServiceState, serviceState } from './service-state.ts';

export interface AppOptions {
  /** Folder of the built web app. */
  webDist: string;
  /** The web app's server renderer (by default dist-server/entry-server.js beside `webDist`). */
  rendererFile?: string;
  /** When the data was read; now by default. */
  loadedAt?: Date;
  /** Answers listing more records than this are streamed in chunks, not held as bytes (PREPARED_LIMIT). */
  preparedLimit?: number;
  /** Where readers reach the dashboard, for the absolute addresses pages write (see public-origin.ts). */
  publicAddress?: PublicAddress;
  /** The process's own state, which health and readiness say (one per process, shared by every app a reload makes). */
  service?: ServiceState;
}

/** The address an app made without one writes into its pages: a test's `app.request`, which is localhost's. */
const LOCAL_ADDRESS: PublicAddress = { publicUrl: undefined, trustProxy: false, own: 'http://localhost' };

/**
 * The API and the web app for one loaded dataset. Every answer that does not depend on a query is built here,
 * once; a reload builds a new app rather than changing this one.
 */
export function createApp(loaded: LoadedData, options: AppOptions) {
  const data: DatasetIndex = indexDataset(loaded, options.loadedAt);
  const limits = { preparedLimit: options.preparedLimit ?? PREPARED_LIMIT };
  const originOf = publicOriginOf(options.publicAddress ?? LOCAL_ADDRESS);
  // The pages are rendered from this app's own answers, asked for in this process, and the API's reference is
  // generated from its routes: both need the app, which is made last.
  let self: Hono | undefined;
  const whole = (): Hono => {
    if (!self) throw new Error('the app was asked for before it was made');
    return self;
  };
  const api = new Hono()
    .route('/', healthRoutes(data, options.service ?? serviceState()))
    .route('/entities', entityRoutes(data))
    .route('/indicators', indicatorRoutes(data, limits))
    .route('/observations', observationRoutes(data, limits))
    .route('/sources', sourceRoutes(data))
    .route('/events', eventRoutes(data))
    .route('/checks', checkRoutes(data))
    .route('/', exportRoutes(data, limits))
    .route('/', referenceRoutes(data, whole, originOf));

  // Not strict: `/api/indicators/x/` and `/embed/x/` are `/api/indicators/x` and `/embed/x` (a static file server
  // such as python's http.server sends a folder's address with a slash), answered as they are, not redirected.
  const requestApi: RequestApi = async (apiPath, init) => {
    if (!self) throw new Error(`${apiPath} was asked for before the app was made`);
    return self.request(apiPath, init);
  };
  const rendererFile = options.rendererFile ?? rendererFileFor(options.webDist);
  const app = new Hono({ strict: false })
    .use(dataVersionHeader(data.version))
    .use(securityHeaders)
    .use('/api/*', apiCors)
    .use(urlLengthLimit)
    .use(readOnly)
    .route('/api', api)
    .all('/api/*', (c) =>
      c.json(errorBody(`No API endpoint at ${c.req.path}: see /api/docs for the endpoints`), 404, ERROR_HEADERS),
    )
    .route(
      '/previews',
      previewRoutes(() => pageRendererFor(options.webDist, rendererFile), requestApi, originOf),
    )
    .route('/', webAppRoutes(options.webDist, { rendererFile, requestApi, originOf }));
  self = app;

  app.notFound((c) => c.json(errorBody(`Nothing at ${c.req.path}`), 404, ERROR_HEADERS));
  app.onError(answerUnexpectedError);
  return app;
}
