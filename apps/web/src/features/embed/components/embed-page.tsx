import { findDisagreements, type IndicatorDetailAnswer, type Source } from '@bd/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { EntityLifeLine } from '../../../components/entity-life-note.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { chartSummary } from '../../../components/series-chart/chart-summary.ts';
import { SeriesChart } from '../../../components/series-chart/series-chart.tsx';
import { seriesChartState } from '../../../components/series-chart/series-chart-state.ts';
import { SourcesLine } from '../../../components/source-link.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { csvHref } from '../../../lib/csv-href.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { chartChangesOf, type EntityLife } from '../../../lib/entity-life-line.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { localisedHref } from '../../../lib/localised-href.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { useEntity } from '../../../lib/use-entity.ts';
import { useEntityLife } from '../../../lib/use-entity-life.ts';
import './embed-page.css';

interface EmbedPageProps {
  id: string;
  /** Fixed chart size for tests; the chart fills the frame otherwise. */
  chartWidth?: number;
}

/** `/embed/<indicator>`: one chart with its title and source line and nothing else, to be shown in an iframe. */
export function EmbedPage({ id, chartWidth }: EmbedPageProps) {
  const { locale, t } = useLocale();
  const choice = useEntity();
  const life = useEntityLife(choice);
  const detail = useQuery({ ...indicatorQueries.detail(id, choice.entity), enabled: choice.ready });
  useDocumentTitle(detail.data?.indicator.name[locale] ?? id);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const notFound = detail.error instanceof ApiError && detail.error.status === 404 && !detail.data;
  return (
    <main className="embed">
      {notFound ? <p>{t('indicatorNotFound', { id })}</p> : <QueryStatus queries={[detail]} />}
      {detail.data && (
        <EmbeddedChart
          data={detail.data}
          chartWidth={chartWidth}
          entity={choice.choosable ? choice.entity : undefined}
          life={life}
        />
      )}
    </main>
  );
}

interface EmbeddedChartProps {
  data: IndicatorDetailAnswer;
  chartWidth: number | undefined;
  entity: string | undefined;
  life: EntityLife | undefined;
}

function EmbeddedChart({ data, chartWidth, entity, life }: EmbeddedChartProps) {
  const { locale, t } = useLocale();
  const { indicator, observations, sources } = data;
  const state = useMemo(
    () =>
      seriesChartState(
        indicator,
        observations,
        sources,
        findDisagreements([indicator], observations),
        locale,
        chartChangesOf(life, locale, t),
        data.peer_counts,
      ),
    [indicator, observations, sources, locale, life, t, data.peer_counts],
  );
  const name = indicator.name[locale];
  const cited = state.points.map((p) => p.source).filter((s): s is Source => s !== undefined);
  return (
    <>
      <h1 className="embed__title">
        <a href={localisedHref(`/indicators/${indicator.id}`, locale, { entity })} target="_blank" rel="noopener">
          {name}
        </a>
      </h1>
      <div className="embed__chart">
        <SeriesChart
          state={state}
          summary={chartSummary(state, name, t)}
          width={chartWidth}
          height={chartWidth === undefined ? '100%' : 280}
        />
      </div>
      <p className="embed__source" data-testid="embed-source">
        <SourcesLine sources={cited} />{' '}
        <a className="embed__data" href={csvHref({ indicator: indicator.id, entity, lang: locale })} download>
          {t('getTheData')}
        </a>
      </p>
      <EntityLifeLine life={life} newTab />
    </>
  );
}
