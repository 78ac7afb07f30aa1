import { eventTypeSchema } from '@bd/core';
import { countryName } from '@bd/core/intl-formats';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { AgreementType } from '../../../components/agreement-type.tsx';
import { eventDateLabel } from '../../../components/event-date.ts';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import { QueryStatus } from '../../../components/query-status.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { eventQueries, eventTypesIn } from '../../../lib/queries/event-queries.ts';
import { sourceQueries } from '../../../lib/queries/source-queries.ts';

/** `/timeline?type=conference`: named events in date order, each with its country and source, filtered by type. */
export function TimelinePage() {
  const { locale, t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('timelineTitle') }));
  const [params, setParams] = useSearchParams();
  const types = eventTypesIn(params);
  const type = types[0];
  const events = useQuery(eventQueries.list(types));
  const sources = useQuery(sourceQueries.all());
  const sourceById = useMemo(() => new Map((sources.data ?? []).map((s) => [s.id, s])), [sources.data]);
  // In the API's order: by the last day each date can mean (byEventDate).
  const ordered = events.data ?? [];
  const setType = (next: string) =>
    setParams(
      (p) => {
        const updated = new URLSearchParams(p);
        if (next) updated.set('type', next);
        else updated.delete('type');
        return updated;
      },
      { replace: true },
    );
  return (
    <div className="page">
      <h1>{t('timelineTitle')}</h1>
      <p className="lead">{t('timelineIntro')}</p>
      <div className="toolbar">
        <label className="field">
          {t('eventTypeFilter')}
          <select value={type ?? ''} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('allTypes')}</option>
            {eventTypeSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`eventType_${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryStatus queries={[events, sources]} />
      {events.data && ordered.length === 0 && <p>{t('noEvents')}</p>}
      {events.data && ordered.length > 0 && (
        <ol className="timeline">
          {ordered.map((event) => {
            const source = sourceById.get(event.source);
            const date = eventDateLabel(event, locale, t);
            return (
              <li key={event.id} className="timeline__item">
                <p className="timeline__date">
                  <time dateTime={date.dateTime}>{date.text}</time>
                </p>
                <div className="timeline__body">
                  <h2 className="timeline__name" lang={source?.language}>
                    {event.name}
                  </h2>
                  <p className="timeline__type">
                    <span className={`tag tag--${event.type}`}>{t(`eventType_${event.type}`)}</span>
                    {event.country && <> · {countryName(locale, event.country)}</>}
                    {event.agreement && (
                      <>
                        {' '}
                        · <AgreementType agreement={event.agreement} />
                      </>
                    )}
                  </p>
                  <EvidenceQuote evidence={event.evidence} evidenceEn={event.evidence_en} language={source?.language ?? 'und'} />
                  {event.note && (
                    <p className="timeline__note">
                      {t('noteLabel')}: <span lang="en">{event.note}</span>
                    </p>
                  )}
                  <p className="timeline__source">
                    {t('colSource')}: {source ? <SourceLink source={source} /> : event.source}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
