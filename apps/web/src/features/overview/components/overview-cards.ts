import {
  type Change,
  findDisagreements,
  type Indicator,
  latestChange,
  type Observation,
  periodDays,
  type Source,
  seriesOf,
  wholeMonths,
} from '@bd/core';

/** What an indicator's card or row shows, before any formatting. */
export interface IndicatorOverview {
  indicator: Indicator;
  series: Observation[];
  /** What the trend line draws: the series, or for a flow only its periods as long as the latest one. */
  trend: Observation[];
  latest: Observation | undefined;
  change: Change | undefined;
  source: Source | undefined;
  /** The sources disagree somewhere in this indicator's series. */
  disputed: boolean;
}

/**
 * One overview entry per indicator, headline ones first (each group in the order the API lists them),
 * with the latest value, its change since the previous observation and the source it comes from.
 */
export function overviewOf(
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  sources: readonly Source[],
): { headline: IndicatorOverview[]; other: IndicatorOverview[] } {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const disputed = new Set(findDisagreements(indicators, observations).map((d) => d.indicator));
  const entries = indicators.map((indicator): IndicatorOverview => {
    const series = seriesOf(observations, indicator.id);
    // latestChange compares a flow only with an earlier period as long (a year against a year).
    const { latest, change } = latestChange(series);
    return {
      indicator,
      series,
      trend: comparableSeries(indicator, series),
      latest,
      change,
      source: latest ? sourceById.get(latest.source) : undefined,
      disputed: disputed.has(indicator.id),
    };
  });
  return {
    headline: entries.filter((e) => e.indicator.headline),
    other: entries.filter((e) => !e.indicator.headline),
  };
}

/** A stock or rank series whole; a flow series cut to the periods as long as its latest one. */
function comparableSeries(indicator: Pick<Indicator, 'kind'>, series: readonly Observation[]): Observation[] {
  const last = series.at(-1);
  if (indicator.kind !== 'flow' || !last) return [...series];
  const length = (o: Observation) => {
    const months = wholeMonths(o);
    return months === undefined ? `${periodDays(o)} days` : `${months} months`;
  };
  return series.filter((o) => length(o) === length(last));
}
