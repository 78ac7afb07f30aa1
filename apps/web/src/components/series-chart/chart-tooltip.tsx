import { type IndicatorKind, sourceLine } from '@bd/core';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import { EvidenceQuote } from '../evidence-quote.tsx';
import { gapText } from './chart-summary.ts';
import type { ChartPoint } from './series-chart-state.ts';

/** What a point says: value with its qualifier, period, any stretch without values beside it, the article and its words. */
export function ChartTooltipContent({ point, kind }: { point: ChartPoint; kind: IndicatorKind }) {
  const { locale, t } = useLocale();
  const { observation, source } = point;
  const gaps = [point.gapBefore, point.gapAfter].filter((g) => g !== undefined);
  return (
    <>
      <p className="chart-tooltip__value">{point.valueText}</p>
      <p className="chart-tooltip__period">{point.periodText}</p>
      {gaps.map((gap) => (
        <p key={gap.start} className="chart-tooltip__gap" data-testid="tooltip-gap">
          {gapText(gap, kind, t)}
        </p>
      ))}
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
