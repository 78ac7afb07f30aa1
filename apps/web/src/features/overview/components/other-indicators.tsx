import { formatPeriodLabel, formatValue } from '@bd/core';
import { AppLink } from '../../../components/app-link.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import type { IndicatorOverview } from './overview-cards.ts';

/** The indicators without a card, one row each: latest value, when, and its source. */
export function OtherIndicators({ entries }: { entries: readonly IndicatorOverview[] }) {
  const { locale, t } = useLocale();
  return (
    <div className="table-scroll">
      <table className="data-table data-table--stacked">
        <caption className="visually-hidden">{t('otherIndicators')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colIndicator')}</th>
            <th scope="col">{t('colLatest')}</th>
            <th scope="col">{t('colPeriod')}</th>
            <th scope="col">{t('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ indicator, latest, source, disputed }) => (
            <tr key={indicator.id}>
              <th scope="row">
                <AppLink href={`/indicators/${indicator.id}`}>{indicator.name[locale]}</AppLink>
                {disputed && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{t('sourcesDisagree')}</span>
                  </>
                )}
              </th>
              <td className="numeric" data-label={t('colLatest')}>
                {latest ? formatValue(latest.value, indicator.unit, latest.qualifier, locale) : '—'}
              </td>
              <td data-label={t('colPeriod')}>{latest ? formatPeriodLabel(latest, locale) : t('noValues')}</td>
              <td data-label={t('colSource')}>{source ? <SourceLink source={source} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
