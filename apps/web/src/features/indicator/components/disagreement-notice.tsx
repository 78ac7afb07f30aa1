import { checkId, type Disagreement, formatPeriod, formatValue, type Indicator, type Observation, type Source } from '@bd/core';
import { AppLink } from '../../../components/app-link.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface DisagreementNoticeProps {
  indicator: Indicator;
  disagreements: readonly Disagreement[];
  sources: readonly Source[];
}

/** Above the chart: where the sources do not add up, with both values and both sources. */
export function DisagreementNotice({ indicator, disagreements, sources }: DisagreementNoticeProps) {
  const { locale, t } = useLocale();
  if (disagreements.length === 0) return null;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const describe = (o: Observation) => {
    const source = sourceById.get(o.source);
    return (
      <>
        <strong>{formatValue(o.value, indicator.unit, o.qualifier, locale)}</strong> ({formatPeriod(o, locale)},{' '}
        {source ? <SourceLink source={source} /> : o.source})
      </>
    );
  };
  return (
    <section className="notice notice--warning" aria-labelledby="disagreement-heading">
      <h2 id="disagreement-heading" className="notice__title">
        {t('disagreementTitle')}
      </h2>
      <ul>
        {disagreements.map((d) => {
          const [a, b] = d.observations;
          if (!a || !b) return null;
          const [before, between, after] = t(`disagreement_${d.kind}`).split(/\{a\}|\{b\}/);
          return (
            <li key={`${d.kind}-${a.id}-${b.id}`}>
              {before}
              {describe(a)}
              {between}
              {describe(b)}
              {after} <AppLink href={`/checks#check-${checkId(d.kind, d.observations)}`}>{t(`checkKind_${d.kind}`)}</AppLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
