import { findDisagreements, type Locale, type Source, sourcesLine } from '@bd/core';
import type { QueryClient } from '@tanstack/react-query';
import { axisTitle } from '../components/series-chart/chart-summary.ts';
import { seriesChartState } from '../components/series-chart/series-chart-state.ts';
import { ApiError } from '../lib/api-client.ts';
import { translator } from '../lib/i18n/translate.ts';
import { indicatorQueries } from '../lib/queries/indicator-queries.ts';
import type { PlotDrawer } from './plot-drawer.ts';

/** An indicator's chart for its link preview, with the words drawn beside it. */
export interface PreviewChart {
  svg: string;
  title: string;
  sourceLine: string;
}

/**
 * The chart of an indicator's page (its whole series, of the first place where there are several), drawn at
 * `size` by the same plot the page shows; undefined for an indicator the API does not know.
 */
export async function previewChart(
  client: QueryClient,
  drawer: PlotDrawer,
  request: { indicator: string; locale: Locale; entity: string | undefined },
  size: { width: number; height: number; fontSize: number },
): Promise<PreviewChart | undefined> {
  const { indicator: id, locale, entity } = request;
  let detail: Awaited<ReturnType<NonNullable<ReturnType<typeof indicatorQueries.detail>['queryFn']>>>;
  try {
    detail = await client.fetchQuery(indicatorQueries.detail(id, entity));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
  const { indicator, observations, sources } = detail;
  const state = seriesChartState(
    indicator,
    observations,
    sources,
    findDisagreements([indicator], observations),
    locale,
    [],
    detail.peer_counts,
  );
  const t = translator(locale);
  const svg = await drawer.draw({
    state,
    locale,
    ...size,
    gapLabel: t('gapShort'),
    axisTitle: axisTitle(state.yAxis, t),
    activeId: undefined,
    pinnedId: undefined,
  });
  const cited = state.points.map((p) => p.source).filter((s): s is Source => s !== undefined);
  return { svg, title: indicator.name[locale], sourceLine: sourcesLine(cited, locale) };
}
