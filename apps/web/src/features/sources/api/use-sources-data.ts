import { useQuery } from '@tanstack/react-query';
import { eventQueries } from '../../../lib/queries/event-queries.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { observationQueries } from '../../../lib/queries/observation-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';

/** The articles, and everything they back: observations (with their indicators) and events. */
export function useSourcesData() {
  const sources = useQuery(sourceQueries.all());
  const observations = useQuery(observationQueries.all());
  const indicators = useQuery(indicatorQueries.all());
  const events = useQuery(eventQueries.list());
  return { sources, observations, indicators, events, queries: [sources, observations, indicators, events] as const };
}
