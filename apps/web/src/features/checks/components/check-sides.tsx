import {
  type DatedEvent,
  formatPeriodLabel,
  formatValue,
  type Indicator,
  type NamedCount,
  type Observation,
  type Source,
} from '@bd/core';
import { countryName } from '@bd/core/intl-formats';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The article's words say more than the name and a bracketed country: "Eindhoven, Emmen Cities (Netherlands)". */
function evidenceAddsTo(name: string, evidence: string): boolean {
  return /\p{L}/u.test(evidence.replace(name, '').replace(/\([^)]*\)/g, ''));
}

/** One value as its article states it: value, qualifier, date, publisher and the article's own words. */
export function ObservationSide({
  observation,
  indicator,
  source,
}: {
  observation: Observation;
  indicator: Indicator | undefined;
  source: Source | undefined;
}) {
  const { locale, t } = useLocale();
  return (
    <section className="check-side" data-testid="check-side">
      <h3 className="check-side__when">{capitalised(formatPeriodLabel(observation, locale))}</h3>
      <p className="check-side__value">
        {indicator ? formatValue(observation.value, indicator.unit, observation.qualifier, locale) : observation.value}
      </p>
      <dl className="check-side__facts">
        <div>
          <dt>{t('colQualifier')}</dt>
          <dd>{t(`qualifier_${observation.qualifier}`)}</dd>
        </div>
        <div>
          <dt>{t('colMethod')}</dt>
          <dd>{t(`method_${observation.method}`)}</dd>
        </div>
        <div>
          <dt>{t('colSource')}</dt>
          <dd>{source ? <SourceLink source={source} /> : observation.source}</dd>
        </div>
      </dl>
      <EvidenceQuote evidence={observation.evidence} evidenceEn={observation.evidence_en} language={source?.language ?? 'en'} />
    </section>
  );
}

/** The items the articles name against the stated count: how many, the gap, and each item under its article. */
export function NamedSide({ named, sources }: { named: NamedCount; sources: ReadonlyMap<string, Source> }) {
  const { locale, t } = useLocale();
  const bySource = new Map<string, DatedEvent[]>();
  for (const e of named.events) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  return (
    <section className="check-side check-side--named" data-testid="check-side">
      <h3 className="check-side__when">{t('checkNamed', { n: named.count })}</h3>
      {named.missing > 0 && <p className="check-side__gap">{t('checkMissing', { n: named.missing })}</p>}
      {named.extra > 0 && <p className="check-side__gap">{t('checkExtra', { n: named.extra })}</p>}
      {[...bySource].map(([sourceId, events]) => {
        const source = sources.get(sourceId);
        return (
          <div key={sourceId} className="check-side__group">
            <p className="check-side__group-source">{source ? <SourceLink source={source} /> : sourceId}</p>
            <ul>
              {events.map((e) => (
                <li key={e.id}>
                  <span lang={source?.language}>{e.name}</span>
                  {e.country && <span className="muted"> ({countryName(locale, e.country)})</span>}
                  {evidenceAddsTo(e.name, e.evidence) && (
                    <>
                      : <q lang={source?.language}>{e.evidence}</q>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
