import type { Indicator } from '@bd/core';
import { useId } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { EvidenceQuote } from './evidence-quote.tsx';
import type { ChartPoint } from './series-chart/series-chart-state.ts';
import { SourceLink } from './source-link.tsx';

interface ObservationTableProps {
  indicator: Indicator;
  points: readonly ChartPoint[];
  /**
   * Where the table stands in for a chart that has no room for a page around it (a slide): its box is a region
   * named by the caption that Tab reaches and the keys scroll, and on a phone each row reads as a block.
   */
  standalone?: boolean;
}

/** The chart's data as a table: value, qualifier, period, method, source and the article's words. */
export function ObservationTable({ indicator, points, standalone = false }: ObservationTableProps) {
  const { locale, t } = useLocale();
  const captionId = useId();
  const region = standalone ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {};
  return (
    <div className="table-scroll" {...region}>
      <table className={`data-table observation-table${standalone ? ' data-table--stacked' : ''}`}>
        <caption id={captionId}>{t('tableCaption', { name: indicator.name[locale] })}</caption>
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
              <td className="numeric" data-label={t('colValue')}>
                {valueText}
                {disputed && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{t('disagreementMark')}</span>
                  </>
                )}
              </td>
              <td data-label={t('colQualifier')}>{t(`qualifier_${o.qualifier}`)}</td>
              <td data-label={t('colMethod')}>{t(`method_${o.method}`)}</td>
              <td data-label={t('colSource')}>
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
              <td data-label={t('colEvidence')}>
                <EvidenceQuote evidence={o.evidence} evidenceEn={o.evidence_en} language={source?.language ?? 'und'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
