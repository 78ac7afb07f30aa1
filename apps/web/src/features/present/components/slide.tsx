import { findDisagreements, formatPeriodLabel, type Source } from '@bd/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { EntityLifeLine } from '../../../components/entity-life-note.tsx';
import { ObservationTable } from '../../../components/observation-table.tsx';
import { chartSummary } from '../../../components/series-chart/chart-summary.ts';
import { SeriesChart } from '../../../components/series-chart/series-chart.tsx';
import { rankedValueText, seriesChartState } from '../../../components/series-chart/series-chart-state.ts';
import { SourcesLine } from '../../../components/source-link.tsx';
import { chartChangesOf, type EntityLife } from '../../../lib/entity-life-line.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import type { SlideContent } from './slides.ts';
import { slideUnit, useViewportSize } from './use-viewport-size.ts';

/** The largest axis type: past it a chart's labels outgrow the slide's own type. */
const MAX_AXIS_FONT_SIZE = 44;

interface SlideProps {
  content: SlideContent;
  sources: readonly Source[];
  number: number;
  total: number;
  chartWidth?: number | undefined;
  /** The life of the entity the slides show, said on the first slide and ruled on every chart it reaches. */
  life?: EntityLife | undefined;
  /** The entity the slides show, where the data has several (as the API is asked for it). */
  entity?: string | undefined;
  /** The values as a table in place of the chart: the chart's text alternative, on the slide for all to see. */
  tableShown?: boolean | undefined;
}

/**
 * One indicator, large: its name, latest value, chart with its legend (or the table of its values) and sources,
 * readable from the back of a room.
 */
export function Slide({ content, sources, number, total, chartWidth, life, entity, tableShown = false }: SlideProps) {
  const { locale, t } = useLocale();
  const { indicator, series } = content;
  const latest = series.at(-1);
  const used = useMemo(() => sources.filter((s) => series.some((o) => o.source === s.id)), [sources, series]);
  // A rank says how many it is among: its answer (the one the indicator page asks for) carries its peer counts.
  const ranked = useQuery({ ...indicatorQueries.detail(indicator.id, entity), enabled: indicator.peers !== undefined });
  const peerCounts = ranked.data?.peer_counts;
  const state = useMemo(
    () =>
      seriesChartState(
        indicator,
        series,
        used,
        findDisagreements([indicator], series),
        locale,
        chartChangesOf(life, locale, t),
        peerCounts,
      ),
    [indicator, series, used, locale, life, t, peerCounts],
  );
  const name = indicator.name[locale];
  const axisFontSize = Math.round(Math.min(MAX_AXIS_FONT_SIZE, Math.max(14, 1.4 * slideUnit(useViewportSize()))));
  return (
    <section
      className={`slide${tableShown ? ' slide--table' : ''}`}
      data-testid="slide"
      aria-roledescription="slide"
      aria-label={t('slideLabel', { n: number, total })}
    >
      <h2 id="slide-title" className="slide__title">
        {name}
      </h2>
      <div className="slide__lead">
        {latest && (
          <p className="slide__headline">
            <span className="slide__value">{rankedValueText(latest, indicator.unit, peerCounts ?? [], locale)}</span>{' '}
            <span className="slide__period">{formatPeriodLabel(latest, locale)}</span>
          </p>
        )}
        {number === 1 && (
          <div className="slide__life">
            <EntityLifeLine life={life} />
          </div>
        )}
      </div>
      {tableShown ? (
        <div className="slide__table">
          <ObservationTable indicator={indicator} points={state.points} standalone />
        </div>
      ) : (
        <div className="slide__chart">
          <SeriesChart
            state={state}
            summary={chartSummary(state, name, t)}
            width={chartWidth}
            height={chartWidth ? 360 : '100%'}
            large
            fontSize={axisFontSize}
            showLegend
          />
        </div>
      )}
      <p className="slide__sources">
        <SourcesLine sources={used} />
      </p>
      <p className="slide__number" aria-hidden="true">
        {number} / {total}
      </p>
    </section>
  );
}
