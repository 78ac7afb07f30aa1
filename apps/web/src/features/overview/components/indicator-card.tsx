import { formatChange, formatPeriod, formatPeriodLabel, formatValue } from '@bd/core';
import { AppLink } from '../../../components/app-link.tsx';
import { CheckMarkers } from '../../../components/check-markers.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import type { IndicatorOverview } from './overview-cards.ts';
import { TrendSparkline } from './trend-sparkline.tsx';

/** A headline indicator: latest value with qualifier and unit, when, the change, the source and the trend. */
export function IndicatorCard({ entry }: { entry: IndicatorOverview }) {
  const { locale, t } = useLocale();
  const { indicator, latest, change, source, series, trend, disputed } = entry;
  const name = indicator.name[locale];
  const href = `/indicators/${indicator.id}`;
  const headingId = `card-${indicator.id}`;
  return (
    <article className="card indicator-card" data-testid="indicator-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="indicator-card__name">
        <AppLink href={href}>{name}</AppLink>
      </h3>
      {latest ? (
        <>
          <p className="indicator-card__value">{formatValue(latest.value, indicator.unit, latest.qualifier, locale)}</p>
          <p className="indicator-card__period">{formatPeriodLabel(latest, locale)}</p>
          <p className="indicator-card__change">
            {change
              ? change.precision === 'unknown'
                ? t('changeBetween', {
                    from: formatValue(change.from.value, indicator.unit, change.from.qualifier, locale),
                    period: formatPeriod(change.from, locale),
                    to: formatValue(change.to.value, indicator.unit, change.to.qualifier, locale),
                  })
                : t('changeSince', {
                    change: formatChange(change.delta, indicator.unit, change.precision === 'approximate', locale),
                    period: formatPeriod(change.from, locale),
                  })
              : series.length > 1
                ? t('noComparablePeriod')
                : t('firstValue')}
          </p>
          <TrendSparkline series={trend} kind={indicator.kind} label={t('trendOf', { name })} />
          {source && (
            <p className="indicator-card__source">
              {t('colSource')}: <SourceLink source={source} />
            </p>
          )}
        </>
      ) : (
        <p className="indicator-card__empty">{t('noValues')}</p>
      )}
      <CheckMarkers
        indicator={indicator.id}
        entity={latest?.entity}
        fallback={
          disputed && (
            <p className="indicator-card__disputed">
              <AppLink href={href} className="badge badge--warning" aria-label={t('sourcesDisagreeOn', { name })}>
                {t('sourcesDisagree')}
              </AppLink>
            </p>
          )
        }
      />
    </article>
  );
}
