import { sourceLine } from '@bd/core';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import { EvidenceQuote } from '../evidence-quote.tsx';
import type { ChartPoint } from './series-chart-state.ts';

/** What a point says: value with its qualifier, period, the article and its words. */
export function ChartTooltipContent({ point }: { point: ChartPoint }) {
  const { locale } = useLocale();
  const { observation, source } = point;
  return (
    <>
      <p className="chart-tooltip__value">{point.valueText}</p>
      <p className="chart-tooltip__period">{point.periodText}</p>
      {source && (
        <p className="chart-tooltip__source">
          <cite className="chart-tooltip__title">{source.title}</cite>
          <br />
          {sourceLine(source, locale)}
        </p>
      )}
      <EvidenceQuote evidence={observation.evidence} evidenceEn={observation.evidence_en} language={source?.language ?? 'und'} />
    </>
  );
}
