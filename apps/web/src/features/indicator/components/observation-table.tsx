import type { Indicator } from '@bd/core';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import type { ChartPoint } from '../../../components/series-chart/series-chart-state.ts';
import { SourceLink } from '../../../components/source-link.tsx';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface ObservationTableProps {
  indicator: Indicator;
  points: readonly ChartPoint[];
}

/** The chart's data as a table: value, qualifier, period, method, source and the article's words. */
export function ObservationTable({ indicator, points }: ObservationTableProps) {
  const { locale, t } = useLocale();
  return (
    <div className="table-scroll">
      <table className="data-table observation-table">
        <caption>{t('tableCaption', { name: indicator.name[locale] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPeriod')}</th>
            <th scope="col">{t('colValue')}</th>
            <th scope="col">{t('colQualifier')}</th>
            <th scope="col">{t('colMethod')}</th>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{t('colEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map(({ id, observation: o, source, disputed, valueText, periodText }) => (
            <tr key={id} className={disputed ? 'row--disputed' : undefined}>
              <th scope="row">{periodText}</th>
              <td className="numeric">
                {valueText}
                {disputed && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{t('disagreementMark')}</span>
                  </>
                )}
              </td>
              <td>{t(`qualifier_${o.qualifier}`)}</td>
              <td>{t(`method_${o.method}`)}</td>
              <td>
                {source ? (
                  <>
                    <cite lang={source.language}>{source.title}</cite>
                    <br />
                    <SourceLink source={source} />
                  </>
                ) : (
                  o.source
                )}
              </td>
              <td>
                <EvidenceQuote evidence={o.evidence} evidenceEn={o.evidence_en} language={source?.language ?? 'und'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
