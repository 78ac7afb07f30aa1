import type { Indicator } from './schemas/indicator.ts';
import type { Observation } from './schemas/observation.ts';

/**
 * How many a rank dated `date` is among: the latest count (a stock) dated on or before it. A count is a level as
 * of its date, so it holds until the next one: 63 provincial-level units counted in 2020 are the peers of a rank
 * of 2024, and 34 from the count of 12 June 2025 on.
 */
export function peerCountOn(date: string, counts: readonly Observation[]): Observation | undefined {
  let latest: Observation | undefined;
  for (const count of counts) {
    if (count.period_end <= date && (latest === undefined || count.period_end > latest.period_end)) latest = count;
  }
  return latest;
}

/** The observations that count a rank indicator's peers, from all of them: its `peers` indicator on its entity. */
export function peerCountsOf(indicator: Pick<Indicator, 'peers'>, observations: readonly Observation[]): Observation[] {
  const { peers } = indicator;
  if (!peers) return [];
  return observations.filter((o) => o.indicator === peers.indicator && o.entity === peers.entity);
}
