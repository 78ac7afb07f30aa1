import type { IndicatorKind, Observation } from '@bd/core';
import { sparklineState } from './sparkline-state.ts';

interface TrendSparklineProps {
  series: readonly Observation[];
  kind: IndicatorKind;
  label: string;
  width?: number;
  height?: number;
}

/**
 * A small line of the series, no axes: the shape of the trend at a glance. Qualified values are hollow. Plain SVG,
 * so the overview needs no charting library (docs/decisions/005-web-first-view-budget.md); it scales with its card.
 */
export function TrendSparkline({ series, kind, label, width = 220, height = 56 }: TrendSparklineProps) {
  const state = sparklineState(series, kind, { width, height });
  if (state.marks.length === 0 && state.path === '') return null;
  return (
    <div className="sparkline" role="img" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {state.path && <path className="sparkline__line" d={state.path} />}
        {state.marks.map((mark, index) => (
          <circle
            key={index}
            cx={mark.x}
            cy={mark.y}
            r={3}
            className={mark.hollow ? 'chart-mark--hollow' : 'chart-mark--solid'}
          />
        ))}
      </svg>
    </div>
  );
}
