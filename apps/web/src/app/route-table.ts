import type { Locale } from '@bd/core';
import type { QueryClient } from '@tanstack/react-query';
import type { MessageKey } from '../lib/i18n/en.ts';
import { translator } from '../lib/i18n/translate.ts';
import { checkQueries } from '../lib/queries/check-queries.ts';
import { entityQueries } from '../lib/queries/entity-queries.ts';
import { eventQueries, eventTypesIn } from '../lib/queries/event-queries.ts';
import { indicatorQueries } from '../lib/queries/indicator-queries.ts';
import { observationQueries } from '../lib/queries/observation-queries.ts';
import { sourceQueries } from '../lib/queries/source-queries.ts';
import { prefetchEntityLife } from '../lib/use-entity-life.ts';

/** The views of the dashboard, by name. */
export type ViewName = 'overview' | 'indicator' | 'sources' | 'timeline' | 'checks' | 'partners' | 'embed' | 'notFound';

/** An address matched to its view: the view, the indicator it names (if any), and the query string. */
export interface MatchedRoute {
  view: ViewName;
  /** The indicator of `/indicators/:id` and `/embed/:id`, decoded. */
  indicator: string | undefined;
  params: URLSearchParams;
}

/** What a page says of itself in <head>: its title, a sentence on what it shows, and its preview image. */
export interface PageHead {
  title: string;
  description: string;
  /** Address of the page's preview image (`og:image`), where it has one. */
  image: string | undefined;
}

/**
 * One view: its address pattern (wouter's), the source module of its code (the build's manifest names its files by
 * it, for the page's <link>s), and the data it shows, asked for with the same query factories the view uses.
 */
interface ViewRoute {
  pattern: string;
  module: string | undefined;
  data: (client: QueryClient, route: MatchedRoute, entity: string | undefined) => Promise<unknown>[];
  head: (client: QueryClient, route: MatchedRoute, locale: Locale, entity: string | undefined) => PageHead;
}

const INDICATOR_VIEW = 'src/features/indicator/components/indicator-page.tsx';

/** The words a view's own title and intro are written with. */
function named(title: MessageKey, intro: MessageKey) {
  return (_client: QueryClient, _route: MatchedRoute, locale: Locale): PageHead => {
    const t = translator(locale);
    return { title: t('documentTitle', { view: t(title) }), description: firstSentence(t(intro)), image: undefined };
  };
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The head of an indicator's page: its name, its description and its chart as the preview image. */
function indicatorHead(embed: boolean) {
  return (client: QueryClient, route: MatchedRoute, locale: Locale, entity: string | undefined): PageHead => {
    const t = translator(locale);
    const id = route.indicator ?? '';
    const detail = client.getQueryData(indicatorQueries.detail(id, entity).queryKey);
    if (!detail)
      return {
        title: t('documentTitle', { view: t('notFoundTitle') }),
        description: t('indicatorNotFound', { id }),
        image: undefined,
      };
    const name = detail.indicator.name[locale];
    return {
      title: embed ? name : t('documentTitle', { view: name }),
      description: detail.indicator.description[locale],
      image: previewImagePath(id, locale),
    };
  };
}

/** The address of an indicator's preview image: its chart with its title, source line and address drawn in. */
export function previewImagePath(indicator: string, locale: Locale): string {
  return `/previews/${encodeURIComponent(indicator)}.${locale}.png`;
}

/** What the life of the entity a view shows is said with (`useEntityLife`): the change's event and its source. */
const lifeData = (client: QueryClient, entity: string | undefined) => [prefetchEntityLife(client, entity).catch(() => undefined)];

const indicatorData = (client: QueryClient, route: MatchedRoute, entity: string | undefined) => [
  client.prefetchQuery(indicatorQueries.detail(route.indicator ?? '', entity)),
  ...lifeData(client, entity),
];

/** Every view, in the order the router tries them. */
export const viewRoutes = {
  overview: {
    pattern: '/' as const,
    module: undefined,
    data: (client, _route, entity) => [
      client.prefetchQuery(indicatorQueries.all()),
      client.prefetchQuery(observationQueries.forEntity(entity)),
      ...lifeData(client, entity),
    ],
    head: named('overviewTitle', 'overviewIntro'),
  },
  indicator: {
    pattern: '/indicators/:id' as const,
    module: INDICATOR_VIEW,
    data: (client, route, entity) => [...indicatorData(client, route, entity), client.prefetchQuery(checkQueries.all())],
    head: indicatorHead(false),
  },
  sources: {
    pattern: '/sources' as const,
    module: 'src/features/sources/components/sources-page.tsx',
    data: (client) => [
      client.prefetchQuery(sourceQueries.all()),
      client.prefetchQuery(observationQueries.all()),
      client.prefetchQuery(indicatorQueries.all()),
      client.prefetchQuery(eventQueries.list()),
    ],
    head: named('sourcesTitle', 'sourcesIntro'),
  },
  timeline: {
    pattern: '/timeline' as const,
    module: 'src/features/timeline/components/timeline-page.tsx',
    data: (client, route) => [
      client.prefetchQuery(eventQueries.list(eventTypesIn(route.params))),
      client.prefetchQuery(sourceQueries.all()),
    ],
    head: named('timelineTitle', 'timelineIntro'),
  },
  checks: {
    pattern: '/checks' as const,
    module: 'src/features/checks/components/checks-page.tsx',
    data: (client) => [client.prefetchQuery(checkQueries.all()), client.prefetchQuery(indicatorQueries.all())],
    head: named('checksTitle', 'checksIntro'),
  },
  partners: {
    pattern: '/partners' as const,
    module: 'src/features/partners/components/partners-page.tsx',
    data: (client) => [client.prefetchQuery(eventQueries.list()), client.prefetchQuery(sourceQueries.all())],
    head: named('partnersTitle', 'partnersIntro'),
  },
  embed: {
    pattern: '/embed/:id' as const,
    module: 'src/features/embed/components/embed-page.tsx',
    data: indicatorData,
    head: indicatorHead(true),
  },
  notFound: {
    pattern: '' as const,
    module: undefined,
    data: () => [],
    head: named('notFoundTitle', 'notFoundTitle'),
  },
} satisfies Record<ViewName, ViewRoute>;

/** The presenter, over any view when the address says `?present=1`: its code and the data of its slides. */
export const presenterRoute = {
  module: 'src/features/present/components/presenter.tsx',
  data: (client: QueryClient, entity: string | undefined) => [
    client.prefetchQuery(indicatorQueries.all()),
    client.prefetchQuery(observationQueries.forEntity(entity)),
    ...lifeData(client, entity),
  ],
};

/** The id a path segment names, decoded; undefined for one that cannot be decoded (the view says so). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The view an address shows. Paths are matched with or without a trailing slash, as the router does. */
export function matchRoute(pathname: string, search: string): MatchedRoute {
  const params = new URLSearchParams(search);
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const withId = /^\/(indicators|embed)\/([^/]+)$/.exec(path);
  if (withId?.[2]) {
    const indicator = decoded(withId[2]);
    if (indicator !== undefined) return { view: withId[1] === 'embed' ? 'embed' : 'indicator', indicator, params };
  }
  const named = (['sources', 'timeline', 'checks', 'partners'] as const).find((view) => path === `/${view}`);
  return { view: path === '/' ? 'overview' : (named ?? 'notFound'), indicator: undefined, params };
}

/**
 * The entity a view shows before `useEntity` can say, as it says: the address's, else the first listed when there
 * are several (binh-duong, the one with values; never the city it became part of, which the selector lists first).
 */
async function entityFor(client: QueryClient, params: URLSearchParams): Promise<string | undefined> {
  const asked = params.get('entity');
  if (asked) return asked;
  const { entities } = await client.fetchQuery(entityQueries.all());
  return entities.length > 1 ? entities[0]?.id : undefined;
}

/**
 * Fetches into `client` what the view at an address shows, as it will ask for it; returns the entity it shows.
 * Failures stay in the client's cache as the view's errors.
 */
export async function fetchRouteData(client: QueryClient, route: MatchedRoute): Promise<string | undefined> {
  const entity = await entityFor(client, route.params).catch(() => undefined);
  const presenting = route.params.get('present') === '1' && route.view !== 'embed';
  await Promise.all([
    ...viewRoutes[route.view].data(client, route, entity),
    ...(presenting ? presenterRoute.data(client, entity) : []),
  ]);
  return entity;
}

/** The address of every page an export writes: each view, and each indicator's page and embed. */
export function pageAddresses(indicators: readonly string[]): string[] {
  return [
    '/',
    '/sources',
    '/timeline',
    '/checks',
    '/partners',
    ...indicators.map((id) => `/indicators/${encodeURIComponent(id)}`),
    ...indicators.map((id) => `/embed/${encodeURIComponent(id)}`),
  ];
}
