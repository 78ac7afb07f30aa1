import type { QueryClient } from '@tanstack/react-query';
import { entityQueries } from './queries/entity-queries.ts';
import { indicatorQueries } from './queries/indicator-queries.ts';
import { observationQueries } from './queries/observation-queries.ts';
import { sourceQueries } from './queries/source-queries.ts';

/** The place a view shows before `useEntity` can say: the address's, else the first when there are several. */
async function entityFor(client: QueryClient, params: URLSearchParams): Promise<string | undefined> {
  const asked = params.get('entity');
  if (asked) return asked;
  const { entities } = await client.fetchQuery(entityQueries.all());
  return entities.length > 1 ? entities[0]?.id : undefined;
}

/** The indicator an address shows (`/indicators/<id>`), decoded; undefined elsewhere and for an id that cannot be decoded. */
function indicatorIn(pathname: string): string | undefined {
  const encoded = /^\/indicators\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined; // a malformed address: the view says so itself
  }
}

/**
 * Starts fetching what the first view at `location` shows while the view's code is still loading, with the same
 * query factories the view uses, so it finds its data in the cache instead of asking only once it has rendered.
 * Returns the client. Failures are left to the views, which ask again and show them.
 */
export function prefetchRouteData(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): QueryClient {
  const params = new URLSearchParams(location.search);
  const indicator = indicatorIn(location.pathname);
  const overview = location.pathname === '/';
  if (!indicator && !overview) return client;
  if (indicator && !params.get('entity')) {
    // Most data sets describe one place: ask for the whole series now, not after the list of places; if there
    // turn out to be several, the request is dropped and the first place's series asked for instead.
    const whole = indicatorQueries.detail(indicator);
    void client.prefetchQuery(whole);
    void client
      .fetchQuery(entityQueries.all())
      .then(({ entities }) => (entities.length > 1 ? client.cancelQueries({ queryKey: whole.queryKey }) : undefined))
      .catch(() => undefined);
  }
  void entityFor(client, params)
    .then(async (entity) => {
      if (indicator) return client.prefetchQuery(indicatorQueries.detail(indicator, entity));
      await Promise.all([
        client.prefetchQuery(observationQueries.forEntity(entity)),
        client.prefetchQuery(indicatorQueries.all()),
        client.prefetchQuery(sourceQueries.all()),
      ]);
    })
    .catch(() => undefined);
  return client;
}
