import { describesKind } from '@bd/core';
import { useMemo } from 'react';
import { CsvDownload } from '../../../components/csv-download.tsx';
import { EntityLifeNote } from '../../../components/entity-life-note.tsx';
import { EntitySelect } from '../../../components/entity-select.tsx';
import { LoadingSkeleton } from '../../../components/loading-skeleton.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { useEntity } from '../../../lib/use-entity.ts';
import { useEntityLife } from '../../../lib/use-entity-life.ts';
import { useOverviewData } from '../api/use-overview-data.ts';
import { IndicatorCard } from './indicator-card.tsx';
import { OtherIndicators } from './other-indicators.tsx';
import { overviewOf } from './overview-cards.ts';

/** `/`: a card per headline indicator, the other indicators in a table, and the full data download. */
export function OverviewPage() {
  const { t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('overviewTitle') }));
  const choice = useEntity();
  const life = useEntityLife(choice);
  const { indicators, observations, sources, queries } = useOverviewData(choice);
  // Only the indicators of the kind of place shown: a province's overview does not list the country's count of units.
  const kind = choice.entities?.find((e) => e.id === choice.entity)?.kind ?? 'province';
  const overview = useMemo(
    () =>
      indicators.data && observations.data && sources.data
        ? overviewOf(
            indicators.data.filter((i) => describesKind(i, kind)),
            observations.data,
            sources.data,
          )
        : undefined,
    [indicators.data, observations.data, sources.data, kind],
  );
  return (
    <div className="page">
      <div className="page__head">
        <div>
          <h1>{t('overviewTitle')}</h1>
          <p className="lead">{t('overviewIntro')}</p>
          <EntityLifeNote life={life} />
        </div>
        <div className="page__actions">
          <EntitySelect choice={choice} />
          <CsvDownload selection={choice.choosable ? { entity: choice.entity } : {}} />
        </div>
      </div>
      <QueryStatus queries={queries} skeleton={<LoadingSkeleton blocks={4} />} />
      {overview && (
        <>
          <section aria-labelledby="headline-heading">
            <h2 id="headline-heading">{t('headlineIndicators')}</h2>
            <div className="card-grid">
              {overview.headline.map((entry) => (
                <IndicatorCard key={entry.indicator.id} entry={entry} />
              ))}
            </div>
          </section>
          {overview.other.length > 0 && (
            <section aria-labelledby="other-heading">
              <h2 id="other-heading">{t('otherIndicators')}</h2>
              <OtherIndicators entries={overview.other} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
