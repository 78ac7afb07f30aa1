import type { ReactNode } from 'react';
import { useChartWidth, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint } from './series-chart-state.ts';

/** A mark's place in pixels, for the tooltip. */
export interface MarkAnchor {
  x: number;
  y: number;
  /** Width of the whole chart, to put the tooltip on the side with more room. */
  width: number;
}

interface ChartMarksProps {
  points: readonly ChartPoint[];
  kind: 'stock' | 'flow' | 'rank';
  yBase: number;
  activeId: string | undefined;
  pinnedId: string | undefined;
  /** Radius of a dot in pixels. */
  radius: number;
  onHover: (id: string | undefined) => void;
  onPin: ((id: string) => void) | undefined;
  /** Tells the chart where the active mark is, so the tooltip can sit beside it. */
  onAnchor: (anchor: MarkAnchor | undefined) => void;
}

/**
 * The data marks, drawn with the chart's own scales: dots at as-of dates, and bars that span a flow's
 * period on the time axis. Qualified values are hollow; disputed ones get a red ring.
 */
export function ChartMarks({ points, kind, yBase, activeId, pinnedId, radius, onHover, onPin, onAnchor }: ChartMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const width = useChartWidth() ?? 0;
  if (!xScale || !yScale) return null;
  return (
    <g className="chart-marks">
      {points.map((point) => {
        const geometry = kind === 'flow' ? barGeometry(point, xScale, yScale, yBase) : dotGeometry(point, xScale, yScale, radius);
        if (!geometry) return null;
        const state = point.id === pinnedId ? 'pinned' : point.id === activeId ? 'active' : undefined;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the list of values beside the chart is the keyboard way
          <g
            key={point.id}
            data-testid="chart-point"
            data-id={point.id}
            data-state={state}
            className={[
              'chart-mark',
              point.hollow ? 'chart-mark--hollow' : 'chart-mark--solid',
              point.disputed ? 'chart-mark--disputed' : '',
            ].join(' ')}
            onMouseEnter={() => {
              onHover(point.id);
              onAnchor({ ...geometry.anchor, width });
            }}
            onMouseLeave={() => onHover(undefined)}
            onClick={onPin ? () => onPin(point.id) : undefined}
            style={onPin ? { cursor: 'pointer' } : undefined}
          >
            {geometry.shape}
          </g>
        );
      })}
    </g>
  );
}

type Scale = (value: unknown) => number | undefined;

/** A generous average width of a label character at the chart's type size, to leave out labels that would not fit. */
const LABEL_CHAR_WIDTH = 7;

interface Geometry {
  anchor: { x: number; y: number };
  shape: ReactNode;
}

function dotGeometry(point: ChartPoint, xScale: Scale, yScale: Scale, radius: number): Geometry | undefined {
  const cx = xScale(point.x);
  const cy = yScale(point.y);
  if (cx === undefined || cy === undefined) return undefined;
  return {
    anchor: { x: cx, y: cy },
    shape: (
      <>
        {point.disputed && <circle className="chart-mark__ring" cx={cx} cy={cy} r={radius + 4} />}
        <circle className="chart-mark__shape" cx={cx} cy={cy} r={radius} />
      </>
    ),
  };
}

function barGeometry(point: ChartPoint, xScale: Scale, yScale: Scale, yBase: number): Geometry | undefined {
  const left = xScale(point.x0);
  const right = xScale(point.x1);
  const top = yScale(point.y);
  const base = yScale(yBase);
  if (left === undefined || right === undefined || top === undefined || base === undefined) return undefined;
  const gap = Math.min(2, (right - left) / 10);
  const slotWidth = (right - left - 2 * gap) / point.slots;
  const x = left + gap + slotWidth * point.slot;
  const y = Math.min(top, base);
  const height = Math.max(1, Math.abs(base - top));
  return {
    anchor: { x: x + slotWidth / 2, y },
    shape: (
      <>
        {point.disputed && (
          <rect className="chart-mark__ring" x={x - 4} y={y - 4} width={Math.max(1, slotWidth) + 8} height={height + 8} rx={4} />
        )}
        <rect className="chart-mark__shape" x={x} y={y} width={Math.max(1, slotWidth)} height={height} rx={2} />
        {slotWidth >= point.periodText.length * LABEL_CHAR_WIDTH && (
          <text className="chart-mark__label" x={x + slotWidth / 2} y={y - (point.disputed ? 10 : 6)} textAnchor="middle">
            {point.periodText}
          </text>
        )}
      </>
    ),
  };
}
