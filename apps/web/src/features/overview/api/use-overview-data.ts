import { useQuery } from '@tanstack/react-query';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { observationQueries } from '../../../lib/queries/observation-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';
import type { EntityChoice } from '../../../lib/use-entity.ts';

/** The three lists the overview is built from: indicators, the chosen entity’s observations, and their sources. */
export function useOverviewData(choice: Pick<EntityChoice, 'entity' | 'ready'>) {
  const indicators = useQuery(indicatorQueries.all());
  const observations = useQuery({ ...observationQueries.forEntity(choice.entity), enabled: choice.ready });
  const sources = useQuery(sourceQueries.all());
  return { indicators, observations, sources, queries: [indicators, observations, sources] as const };
}
