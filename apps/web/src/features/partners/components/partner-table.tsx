import { countryName } from '@bd/core/intl-formats';
import { AgreementType } from '../../../components/agreement-type.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import type { PartnerEntry } from './partner-list.ts';
import { partnerPlace } from './partner-place.ts';
import { PlaceLine } from './partner-words.tsx';

/**
 * Every partner locality: its name as the article writes it, country, where the map puts it, agreement, and the
 * article that first names it.
 */
export function PartnerTable({ partners }: { partners: readonly PartnerEntry[] }) {
  const { locale, t } = useLocale();
  return (
    <div className="table-scroll">
      <table className="data-table partner-table" data-testid="partner-table">
        <caption className="visually-hidden">{t('partnersListTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPartner')}</th>
            <th scope="col">{t('colCountry')}</th>
            <th scope="col">{t('colOnMap')}</th>
            <th scope="col">{t('colAgreement')}</th>
            <th scope="col">{t('colFirstNamed')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map(({ event, source }) => {
            const country = event.country ? countryName(locale, event.country) : '—';
            return (
              <tr key={event.id} id={`partner-${event.id}`} data-country={event.country}>
                <th scope="row">
                  <span lang={source?.language}>{event.name}</span>
                </th>
                <td data-label={t('colCountry')}>{country}</td>
                <td data-label={t('colOnMap')}>
                  <PlaceLine place={partnerPlace(event)} countryName={country} />
                </td>
                <td data-label={t('colAgreement')}>
                  {event.agreement ? (
                    <AgreementType agreement={event.agreement} />
                  ) : (
                    <span className="muted">{t('agreementNotStated')}</span>
                  )}
                </td>
                <td data-label={t('colFirstNamed')}>
                  {source ? <SourceLink source={source} /> : event.source}
                  <br />
                  <q lang={source?.language} className="partner-table__evidence">
                    {event.evidence}
                  </q>
                  {event.evidence_en && event.evidence_en !== event.evidence && (
                    <>
                      {' '}
                      <q lang="en" className="partner-table__evidence muted">
                        {event.evidence_en}
                      </q>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
