import type { IndicatorKind, Observation } from '@bd/core';
import { markPath } from '../../../components/series-chart/qualifier-marks.ts';
import { sparklineState } from './sparkline-state.ts';

interface TrendSparklineProps {
  series: readonly Observation[];
  kind: IndicatorKind;
  label: string;
  width?: number;
  height?: number;
}

/**
 * A small chart of the series, no axes: the shape of the trend at a glance, by the full chart's rules (a
 * qualifier's own mark, dashed across unreported stretches, a flow as bars from zero). Plain SVG, so the overview
 * needs no charting library (docs/decisions/005-web-first-view-budget.md); it scales with its card.
 */
export function TrendSparkline({ series, kind, label, width = 220, height = 56 }: TrendSparklineProps) {
  const state = sparklineState(series, kind, { width, height });
  if (state.marks.length === 0 && state.bars.length === 0 && state.path === '' && state.gapPath === '') return null;
  return (
    <div className="sparkline" role="img" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {state.path && <path className="sparkline__line" d={state.path} />}
        {state.gapPath && <path className="sparkline__line sparkline__line--unreported" d={state.gapPath} />}
        {state.bars.map((bar, index) => (
          <g key={index} className={bar.hollow ? 'chart-mark--hollow' : 'chart-mark--solid'} data-mark={bar.shape}>
            <rect
              className="sparkline__bar"
              x={bar.x - bar.width / 2}
              y={Math.min(bar.y, bar.base)}
              width={bar.width}
              height={Math.max(1, Math.abs(bar.base - bar.y))}
            />
            {bar.hollow && <path className="sparkline__mark" d={markPath(bar.shape, bar.x, bar.y, 3.5)} />}
          </g>
        ))}
        {state.bars.length > 0 && <path className="sparkline__base" d={`M0 ${state.bars[0]!.base}H${width}`} />}
        {state.marks.map((mark, index) => (
          <path
            key={index}
            d={markPath(mark.shape, mark.x, mark.y, 3.5)}
            className={`sparkline__mark ${mark.hollow ? 'chart-mark--hollow' : 'chart-mark--solid'}`}
            data-mark={mark.shape}
          />
        ))}
      </svg>
    </div>
  );
}
