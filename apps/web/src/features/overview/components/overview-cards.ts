import { type Change, findDisagreements, type Indicator, latestChange, type Observation, type Source, seriesOf } from '@bd/core';

/** What an indicator's card or row shows, before any formatting. */
export interface IndicatorOverview {
  indicator: Indicator;
  series: Observation[];
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
    const { latest, change } = latestChange(series);
    return {
      indicator,
      series,
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
