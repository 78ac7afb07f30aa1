import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { QueryStatus } from '../../../components/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { checkQueries } from '../../../lib/queries/check-queries.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { useScrollToHash } from '../../../lib/use-scroll-to-hash.ts';
import { CheckEntry } from './check-entry.tsx';
import './checks.css';

/** `/checks`: every place the sources do not add up; markers on cards and charts link here by `#check-<id>`. */
export function ChecksPage() {
  const { t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('checksTitle') }));
  const checks = useQuery(checkQueries.all());
  const indicators = useQuery(indicatorQueries.all());
  const ready = Boolean(checks.data && indicators.data);
  useScrollToHash(ready);
  const indicatorById = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.id, i])), [indicators.data]);
  const sourceById = useMemo(() => new Map((checks.data?.sources ?? []).map((s) => [s.id, s])), [checks.data]);
  return (
    <div className="page">
      <h1>{t('checksTitle')}</h1>
      <p className="lead">{t('checksIntro')}</p>
      <QueryStatus queries={[checks, indicators]} />
      {ready && checks.data?.checks.length === 0 && <p>{t('noChecks')}</p>}
      {ready && (
        <div className="check-list">
          {checks.data?.checks.map((check) => (
            <CheckEntry key={check.id} check={check} indicator={indicatorById.get(check.indicator)} sources={sourceById} />
          ))}
        </div>
      )}
    </div>
  );
}
