import { type DatedEvent, formatDate, formatPeriod, formatValue, type Indicator, type Observation, type Source } from '@bd/core';
import { displayNames } from '@bd/core/intl-formats';
import { AppLink } from '../../../components/app-link.tsx';
import { eventDateLabel } from '../../../components/event-date.ts';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface SourceEntryProps {
  source: Source;
  observations: readonly Observation[];
  events: readonly DatedEvent[];
  indicatorById: ReadonlyMap<string, Indicator>;
}

/** One article (anchor `#source-<id>`): its metadata, every value and every event it backs. */
export function SourceEntry({ source, observations, events, indicatorById }: SourceEntryProps) {
  const { locale, t } = useLocale();
  const headingId = `source-${source.id}-title`;
  const languageName = displayNames(locale, { type: 'language' }).of(source.language) ?? source.language;
  return (
    <article id={`source-${source.id}`} className="card card--anchored source-entry" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="source-entry__title">
        <cite lang={source.language}>{source.title}</cite>
      </h2>
      {source.title_supplied && <p className="muted">({t('titleSupplied')})</p>}
      <dl className="facts">
        <div>
          <dt>{t('publisher')}</dt>
          <dd lang={source.language}>{source.publisher}</dd>
        </div>
        <div>
          <dt>{t('published')}</dt>
          <dd>
            <time dateTime={source.published}>{formatDate(source.published, locale)}</time>
            {source.published_approximate && <> ({t('dateApproximate')})</>}
          </dd>
        </div>
        <div>
          <dt>{t('language')}</dt>
          <dd>{languageName}</dd>
        </div>
        {source.author && (
          <div>
            <dt>{t('author')}</dt>
            <dd>{source.author}</dd>
          </div>
        )}
      </dl>
      <p>
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('openArticle')}
          </a>
        ) : (
          <span className="muted">{t('noArticleUrl')}</span>
        )}
      </p>
      {source.note && (
        <p>
          {t('noteLabel')}: <span lang="en">{source.note}</span>
        </p>
      )}
      <h3>{t('valuesBacked')}</h3>
      {observations.length === 0 ? (
        <p className="muted">{t('noneBacked')}</p>
      ) : (
        <ul className="backed-list">
          {observations.map((o) => {
            const indicator = indicatorById.get(o.indicator);
            return (
              <li key={o.id} id={`observation-${o.id}`}>
                <AppLink href={`/indicators/${o.indicator}?point=${o.id}`}>{indicator?.name[locale] ?? o.indicator}</AppLink>:{' '}
                <strong>{indicator ? formatValue(o.value, indicator.unit, o.qualifier, locale) : o.value}</strong>,{' '}
                {formatPeriod(o, locale)}
                <EvidenceQuote evidence={o.evidence} evidenceEn={o.evidence_en} language={source.language} />
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('eventsBacked')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('noneBacked')}</p>
      ) : (
        <ul className="backed-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong lang={source.language}>{e.name}</strong> ({t(`eventType_${e.type}`)}, <EventDate event={e} />)
              <EvidenceQuote evidence={e.evidence} evidenceEn={e.evidence_en} language={source.language} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** An event's date as every view writes it, stating no more of the date than the article gives. */
function EventDate({ event }: { event: DatedEvent }) {
  const { locale, t } = useLocale();
  const date = eventDateLabel(event, locale, t);
  return <time dateTime={date.dateTime}>{date.text}</time>;
}
