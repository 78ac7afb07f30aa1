import { type CheckKind, findDisagreements, type IndicatorDetailAnswer } from '@bd/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { AppLink } from '../../../components/app-link.tsx';
import { CheckMarkers } from '../../../components/check-markers.tsx';
import { CsvDownload } from '../../../components/csv-download.tsx';
import { EntityLifeNote } from '../../../components/entity-life-note.tsx';
import { EntitySelect } from '../../../components/entity-select.tsx';
import { LoadingSkeleton } from '../../../components/loading-skeleton.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { chartSummary } from '../../../components/series-chart/chart-summary.ts';
import { SeriesChart } from '../../../components/series-chart/series-chart.tsx';
import { seriesChartState } from '../../../components/series-chart/series-chart-state.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { chartChangesOf } from '../../../lib/entity-life-line.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { type EntityChoice, useEntity } from '../../../lib/use-entity.ts';
import { useEntityLife } from '../../../lib/use-entity-life.ts';
import { ChartSharing } from './chart-sharing.tsx';
import { CitationPanel } from './citation-panel.tsx';
import { DisagreementNotice } from './disagreement-notice.tsx';
import { type IndicatorViewState, readViewState, withinYears, writeViewState, yearsOf } from './indicator-view-state.ts';
import { PeerCounts } from './peer-counts.tsx';
import { PointList } from './point-list.tsx';
import { RangeFilter } from './range-filter.tsx';

const ObservationTable = lazy(() =>
  import('../../../components/observation-table.tsx').then((m) => ({ default: m.ObservationTable })),
);

interface IndicatorPageProps {
  id: string;
  /** Fixed chart size for tests; the chart fills its column otherwise. */
  chartWidth?: number;
}

const NAMED_COUNT_KINDS: readonly CheckKind[] = ['named_short', 'named_exceeds'];

/** `/indicators/:id`: the series chart (or table), its citations, disagreements, range and download. */
export function IndicatorPage({ id, chartWidth }: IndicatorPageProps) {
  const { t, locale } = useLocale();
  const choice = useEntity();
  const detail = useQuery({ ...indicatorQueries.detail(id, choice.entity), enabled: choice.ready });
  const name = detail.data?.indicator.name[locale];
  useDocumentTitle(t('documentTitle', { view: name ?? id }));
  const notFound = detail.error instanceof ApiError && detail.error.status === 404 && !detail.data;
  if (notFound) {
    return (
      <div className="page">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('indicatorNotFound', { id })}</p>
        <p>
          <AppLink href="/">{t('backToOverview')}</AppLink>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      {!detail.data && <h1 className="page__placeholder-title">{id}</h1>}
      <QueryStatus queries={[detail]} skeleton={<LoadingSkeleton blocks={3} />} />
      {detail.data && <IndicatorDetail data={detail.data} chartWidth={chartWidth} choice={choice} />}
    </div>
  );
}

interface IndicatorDetailProps {
  data: IndicatorDetailAnswer;
  chartWidth: number | undefined;
  choice: EntityChoice;
}

function IndicatorDetail({ data, chartWidth, choice }: IndicatorDetailProps) {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const view = readViewState(params);
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const chartBox = useRef<HTMLDivElement>(null);
  const { indicator, observations, sources } = data;
  const update = (change: Partial<IndicatorViewState>) => setParams((p) => writeViewState(p, change), { replace: true });
  const life = useEntityLife(choice);
  const changes = useMemo(() => chartChangesOf(life, locale, t), [life, locale, t]);

  const shown = useMemo(() => withinYears(observations, view.from, view.to), [observations, view.from, view.to]);
  const disagreements = useMemo(() => findDisagreements([indicator], shown), [indicator, shown]);
  const state = useMemo(
    () => seriesChartState(indicator, shown, sources, disagreements, locale, changes, data.peer_counts),
    [indicator, shown, sources, disagreements, locale, changes, data.peer_counts],
  );
  const pinned = state.points.find((p) => p.id === view.point);
  const name = indicator.name[locale];

  return (
    <>
      <header className="indicator-head">
        <h1>{name}</h1>
        <p className="lead">{indicator.description[locale]}</p>
        <dl className="facts">
          <div>
            <dt>{t('unitLabel')}</dt>
            <dd>{t(`unit_${indicator.unit}`)}</dd>
          </div>
          <div>
            <dt>{t('kindLabel')}</dt>
            <dd>{t(`kind_${indicator.kind}`)}</dd>
          </div>
        </dl>
        {indicator.note && (
          <p className="indicator-head__note">
            {t('noteLabel')}: {indicator.note[locale]}
          </p>
        )}
        <EntityLifeNote life={life} />
      </header>
      <div className="toolbar">
        <EntitySelect choice={choice} />
        <RangeFilter years={yearsOf(observations)} from={view.from} to={view.to} onChange={update} />
        <button
          type="button"
          className="button needs-script"
          aria-pressed={view.table}
          onClick={() => update({ table: !view.table })}
        >
          {t('table')}
        </button>
        <CsvDownload
          selection={{
            indicator: indicator.id,
            entity: choice.choosable ? choice.entity : undefined,
            from: view.from?.toString(),
            to: view.to?.toString(),
          }}
        />
      </div>
      <DisagreementNotice indicator={indicator} disagreements={disagreements} sources={sources} />
      {/* The disagreements are in the notice above, from the same core function the API's checks use: the markers
          add only the checks the page cannot find itself, named counts, which need the articles' events. */}
      <CheckMarkers indicator={indicator.id} entity={choice.entity} kinds={NAMED_COUNT_KINDS} />
      <PeerCounts indicator={indicator} counts={data.peer_counts} sources={sources} />
      {state.points.length === 0 ? (
        <p className="notice">{t('noValuesInRange')}</p>
      ) : view.table ? (
        <Suspense fallback={<LoadingSkeleton blocks={2} />}>
          <ObservationTable indicator={indicator} points={state.points} />
        </Suspense>
      ) : (
        <>
          <div className="chart-layout">
            <div className="chart-layout__main" ref={chartBox}>
              <SeriesChart
                state={state}
                summary={chartSummary(state, name, t)}
                width={chartWidth}
                height={360}
                focusedId={focusedId}
                pinnedId={view.point}
                onPin={(point) => update({ point })}
              />
              <PointList
                points={state.marks}
                pinnedId={view.point}
                onPin={(point) => update({ point })}
                onFocusPoint={setFocusedId}
              />
            </div>
            <CitationPanel point={pinned} onClose={() => update({ point: undefined })} />
          </div>
          {/* Without scripts nothing pins a value, so the page carries every value's citation and the article's
              words as the table. React renders a noscript's content on the server only: with scripts on, it is
              inert text, never hydrated nor loaded. */}
          <noscript>
            <ObservationTable indicator={indicator} points={state.points} />
          </noscript>
        </>
      )}
      {!view.table && state.points.length > 0 && (
        <ChartSharing
          indicator={indicator}
          state={state}
          chartBox={chartBox}
          entity={choice.choosable ? choice.entity : undefined}
          life={life}
        />
      )}
    </>
  );
}
