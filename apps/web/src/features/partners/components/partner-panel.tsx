import { countryName } from '@bd/core/intl-formats';
import type { Ref } from 'react';
import { AgreementType } from '../../../components/agreement-type.tsx';
import { eventDateLabel } from '../../../components/event-date.ts';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import type { PartnerEntry } from './partner-list.ts';
import { partnerPlace } from './partner-place.ts';
import { PlaceLine } from './partner-words.tsx';

/** One partner: where the map puts it, its agreement as the data records it, and the article that names it. */
function PartnerDetails({ entry, headingId, level }: { entry: PartnerEntry; headingId?: string; level: 'h3' | 'h4' }) {
  const { locale, t } = useLocale();
  const { event, source } = entry;
  const country = event.country ? countryName(locale, event.country) : '';
  const date = eventDateLabel(event, locale, t);
  const Heading = level;
  return (
    <div className="partner-panel__partner" data-testid="partner-details">
      <Heading id={headingId} className="partner-panel__name">
        <span lang={source?.language}>{event.name}</span>
        {country && <span className="partner-panel__country">{country}</span>}
      </Heading>
      <p className="partner-panel__place">
        <PlaceLine place={partnerPlace(event)} countryName={country} />
      </p>
      <dl className="partner-panel__facts">
        <dt>{t('colAgreement')}</dt>
        <dd>{event.agreement ? <AgreementType agreement={event.agreement} /> : t('agreementNotStated')}</dd>
        <dt>{t('partnersPanelDate')}</dt>
        <dd>
          <time dateTime={date.dateTime}>{date.text}</time>
        </dd>
        <dt>{t('partnersPanelRecordedAs')}</dt>
        <dd>{t(`eventType_${event.type}`)}</dd>
        <dt>{t('colFirstNamed')}</dt>
        <dd>{source ? <SourceLink source={source} /> : event.source}</dd>
      </dl>
      <EvidenceQuote evidence={event.evidence} evidenceEn={event.evidence_en} language={source?.language ?? 'en'} />
    </div>
  );
}

interface PartnerPanelProps {
  /** One partner, or the several a marker stands for when they cannot be pulled apart. */
  entries: readonly PartnerEntry[];
  onClose: () => void;
  ref?: Ref<HTMLElement>;
}

/**
 * What a map marker opens: a non-modal dialog beside the map, focused when it opens; Esc or its close button shuts
 * it and focus goes back to the marker (see `world-map.tsx`).
 */
export function PartnerPanel({ entries, onClose, ref }: PartnerPanelProps) {
  const { t } = useLocale();
  const [first] = entries;
  if (!first) return null;
  const headingId = `partner-panel-${first.event.id}`;
  return (
    <section
      ref={ref}
      className="partner-panel"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="partner-panel"
    >
      <button type="button" className="partner-panel__close" onClick={onClose} aria-label={t('partnersPanelClose')}>
        ×
      </button>
      {entries.length === 1 ? (
        <PartnerDetails entry={first} headingId={headingId} level="h3" />
      ) : (
        <>
          <h3 id={headingId} className="partner-panel__name">
            {t('partnersGroupTitle', { count: entries.length })}
          </h3>
          {entries.map((entry) => (
            <PartnerDetails key={entry.event.id} entry={entry} level="h4" />
          ))}
        </>
      )}
    </section>
  );
}
