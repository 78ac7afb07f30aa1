import type { Check, Indicator, Source } from '@bd/core';
import { AppLink } from '../../../components/app-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { NamedSide, ObservationSide } from './check-sides.tsx';

interface CheckEntryProps {
  check: Check;
  indicator: Indicator | undefined;
  sources: ReadonlyMap<string, Source>;
}

/** One check (anchor `#check-<id>`): what does not add up, in a sentence, and the records side by side. */
export function CheckEntry({ check, indicator, sources }: CheckEntryProps) {
  const { locale, t } = useLocale();
  const headingId = `check-${check.id}-title`;
  const name = indicator?.name[locale] ?? check.indicator;
  return (
    <article
      id={`check-${check.id}`}
      className="card card--anchored check-entry"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="check"
    >
      <p className="check-entry__kind">
        <span className="badge badge--warning">{t(`checkKind_${check.kind}`)}</span>{' '}
        <AppLink href={`/indicators/${check.indicator}`}>{name}</AppLink>
      </p>
      <h2 id={headingId} className="check-entry__title">
        {check.title[locale]}
      </h2>
      <p className="check-entry__sentence">{check.sentence[locale]}</p>
      <div className="check-entry__sides">
        {check.observations.map((o) => (
          <ObservationSide key={o.id} observation={o} indicator={indicator} source={sources.get(o.source)} />
        ))}
        {check.named && <NamedSide named={check.named} sources={sources} />}
      </div>
      <p className="check-entry__links">
        <AppLink href={`/indicators/${check.indicator}`}>{t('checkSeeChart', { name })}</AppLink>
      </p>
    </article>
  );
}
