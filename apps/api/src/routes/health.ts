import { type HealthAnswer, healthAnswerSchema, type ReadyAnswer, readyAnswerSchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import type { ServiceState } from '../service-state.ts';
import { noQuerySchema } from './request-schemas.ts';

/**
 * A health or readiness answer is this process's state at this moment: never kept by a cache or a proxy, and
 * without an ETag, since two replicas serving the same data differ in when they loaded it and in their state.
 */
const NEVER_CACHED = { 'Cache-Control': 'no-store' };

/**
 * `GET /api/health` (liveness: 200 while the process runs, with what it serves and the last reload it refused) and
 * `GET /api/ready` (readiness: 200 when it takes requests, 503 while it drains after SIGTERM).
 */
export function healthRoutes(data: DatasetIndex, service: ServiceState) {
  const { dataset, lastChange: change } = data;
  const counts = {
    entities: dataset.entities.length,
    indicators: dataset.indicators.length,
    sources: dataset.sources.length,
    observations: dataset.observations.length,
    events: dataset.events.length,
  };
  const lastChange = change
    ? {
        at: change.at,
        compared_with: change.comparedWith,
        from_version: change.fromVersion,
        summary: change.summary,
        added: change.added,
        removed: change.removed,
        changed: change.changed,
      }
    : null;
  const health = (): HealthAnswer => {
    const refused = service.refusedReload;
    return {
      status: service.draining ? 'draining' : refused ? 'data_refused' : 'ok',
      data_version: data.version,
      loaded_at: data.loadedAt,
      counts,
      last_change: lastChange,
      dashboard_release: service.dashboardRelease,
      last_refused_reload: refused ? { at: refused.at, reason: refused.reason, kept_version: refused.keptVersion } : null,
    };
  };
  const ready = (): ReadyAnswer => ({
    ready: !service.draining,
    status: service.draining ? 'draining' : 'ready',
    data_version: data.version,
  });
  return new Hono()
    .get(
      '/health',
      describeEndpoint(data, {
        operationId: 'getHealth',
        tag: 'Service',
        summary: 'Liveness, data version and the last refused reload',
        description:
          'Answers 200 while the process runs. The version of the data it serves (a hash of the data files, which changes whenever they do), when it was loaded, how many records of each kind it holds, its last change, and the last reload it refused (`status` is then `data_refused`: the data folder holds data that is not served). Never cached.',
        answer: json(healthAnswerSchema, 'HealthResponse'),
        uncached: true,
        example: () => '/api/health',
      }),
      validate('query', noQuerySchema),
      (c) => c.json(health(), 200, NEVER_CACHED),
    )
    .get(
      '/ready',
      describeEndpoint(data, {
        operationId: 'getReady',
        tag: 'Service',
        summary: 'Readiness: whether this process takes requests',
        description:
          'Answers 200 when the data is loaded and the process is not stopping; 503 from the moment it is told to stop (SIGTERM), while it finishes the requests in flight, so a load balancer sends it no more. Never cached.',
        answer: json(readyAnswerSchema, 'ReadyResponse'),
        uncached: true,
        unavailable: 'Draining after SIGTERM: send requests to another replica',
        example: () => '/api/ready',
      }),
      validate('query', noQuerySchema),
      (c) => {
        const body = ready();
        return c.json(body, body.ready ? 200 : 503, NEVER_CACHED);
      },
    );
}
