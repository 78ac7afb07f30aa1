import { formatDate, type Indicator, type Observation, type Source } from '@bd/core';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface PeerCountsProps {
  indicator: Indicator;
  counts: readonly Observation[] | undefined;
  sources: readonly Source[];
}

/**
 * What a rank is among, cited: each count of the units it ranks among, from its date on, with its source and the
 * source's words. A rank's value says "of 63" by the count in force at its date; this says where 63 comes from.
 */
export function PeerCounts({ indicator, counts, sources }: PeerCountsProps) {
  const { locale, t } = useLocale();
  if (indicator.kind !== 'rank' || !counts || counts.length === 0) return null;
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <section className="peer-counts" aria-labelledby="peer-counts-title">
      <h2 id="peer-counts-title" className="peer-counts__title">
        {t('peerCountsTitle')}
      </h2>
      <ul className="peer-counts__list">
        {counts.map((count) => {
          const source = byId.get(count.source);
          return (
            <li key={count.id}>
              {t('peerCountFrom', { count: count.value, date: formatDate(count.period_end, locale) })}
              {source && (
                <>
                  {' '}
                  (<SourceLink source={source} />
                  ): <q lang={source.language}>{count.evidence}</q>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
