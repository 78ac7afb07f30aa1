import type { IndicatorKind } from '@bd/core';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import { EvidenceQuote } from '../evidence-quote.tsx';
import { SourceLine } from '../source-link.tsx';
import type { MarkAnchor } from './chart-marks.tsx';
import { gapText } from './chart-summary.ts';
import type { ChartPoint } from './series-chart-state.ts';
import { tooltipTop } from './tooltip-placement.ts';

interface ChartTooltipProps {
  point: ChartPoint;
  kind: IndicatorKind;
  /** The pointer's mark, to sit beside; without one (a focused value's tooltip) it sits in the plot's corner. */
  beside: MarkAnchor | undefined;
  /** The pointer coming onto the tooltip and leaving it: it stays while the pointer is on it (WCAG 1.4.13). */
  onPointerOn: (beside: boolean) => void;
  onPointerOff: () => void;
}

/**
 * A point's tooltip: beside its mark, on the side with more room, kept within the plot's height, with a bridge over
 * the gap to the mark (see the CSS) so the pointer can cross onto it and rest there; or in the plot's corner.
 */
export function ChartTooltip({ point, kind, beside, onPointerOn, onPointerOff }: ChartTooltipProps) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState<number | undefined>();
  useLayoutEffect(() => {
    const tooltip = box.current;
    const plotHeight = tooltip?.parentElement?.clientHeight;
    if (!beside || !tooltip || plotHeight === undefined) return;
    setTop(tooltipTop(beside.y, tooltip.offsetHeight, plotHeight));
  }, [beside, point]);
  const placed = beside && top !== undefined;
  const style: CSSProperties | undefined = placed
    ? ({ left: beside.x, top, '--bridge-y': `${beside.y - top}px` } as CSSProperties)
    : beside && { left: beside.x, top: beside.y };
  return (
    <div
      ref={box}
      className="chart-tooltip"
      data-testid="chart-tooltip"
      role="status"
      style={style}
      data-placement={beside ? (beside.x > beside.width / 2 ? 'left' : 'right') : 'corner'}
      data-placed={placed ? '' : undefined}
      onMouseEnter={() => onPointerOn(beside !== undefined)}
      onMouseLeave={onPointerOff}
    >
      <ChartTooltipContent point={point} kind={kind} />
    </div>
  );
}

/** What a point says: value with its qualifier, period, any stretch without values beside it, the article and its words. */
export function ChartTooltipContent({ point, kind }: { point: ChartPoint; kind: IndicatorKind }) {
  const { t } = useLocale();
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
          <cite className="chart-tooltip__title" lang={source.language}>
            {source.title}
          </cite>
          <br />
          <SourceLine source={source} />
        </p>
      )}
      <EvidenceQuote evidence={observation.evidence} evidenceEn={observation.evidence_en} language={source?.language ?? 'und'} />
    </>
  );
}
