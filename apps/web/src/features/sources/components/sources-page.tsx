import { compareObservations } from '@bd/core';
import { useMemo } from 'react';
import { QueryStatus } from '../../../components/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { useScrollToHash } from '../../../lib/use-scroll-to-hash.ts';
import { useSourcesData } from '../api/use-sources-data.ts';
import { SourceEntry } from './source-entry.tsx';

/** `/sources`: every article, newest first, with what it backs; citations link here by `#source-<id>`. */
export function SourcesPage() {
  const { t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('sourcesTitle') }));
  const { sources, observations, indicators, events, queries } = useSourcesData();
  const ready = Boolean(sources.data && observations.data && indicators.data && events.data);
  useScrollToHash(ready);
  const indicatorById = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.id, i])), [indicators.data]);
  const observationsBySource = useMemo(
    () => groupBySource([...(observations.data ?? [])].sort(compareObservations)),
    [observations.data],
  );
  const eventsBySource = useMemo(() => groupBySource(events.data ?? []), [events.data]);
  const ordered = useMemo(
    () => [...(sources.data ?? [])].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id)),
    [sources.data],
  );
  return (
    <div className="page">
      <h1>{t('sourcesTitle')}</h1>
      <p className="lead">{t('sourcesIntro')}</p>
      <QueryStatus queries={queries} />
      {ready && ordered.length === 0 && <p>{t('noSources')}</p>}
      {ready && (
        <div className="source-list">
          {ordered.map((source) => (
            <SourceEntry
              key={source.id}
              source={source}
              observations={observationsBySource.get(source.id) ?? []}
              events={eventsBySource.get(source.id) ?? []}
              indicatorById={indicatorById}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** Records by the source they come from, each group in the order given: one pass, rather than a filter per source. */
function groupBySource<T extends { source: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.source);
    if (group) group.push(record);
    else groups.set(record.source, [record]);
  }
  return groups;
}
