import { useQuery } from '@tanstack/react-query';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { observationQueries } from '../../../lib/queries/observation-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';

/** The three lists the overview is built from: indicators, every observation, and their sources. */
export function useOverviewData() {
  const indicators = useQuery(indicatorQueries.all());
  const observations = useQuery(observationQueries.all());
  const sources = useQuery(sourceQueries.all());
  return { indicators, observations, sources, queries: [indicators, observations, sources] as const };
}
