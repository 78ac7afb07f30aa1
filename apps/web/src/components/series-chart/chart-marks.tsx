import type { ReactNode } from 'react';
import { useChartWidth, useXAxisScale, useYAxisScale } from 'recharts';
import { markPath } from './qualifier-marks.ts';
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
  /** The latest value: labelled with its value beside its mark. */
  latestId: string | undefined;
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
 * The data marks, drawn with the chart's own scales: a qualifier's own mark at each as-of date, and for a flow an
 * equally wide bar per period, its qualifier's mark on top and its period's bracket under the axis. Disputed
 * values get a red ring; the latest is labelled with its value.
 */
export function ChartMarks(props: ChartMarksProps) {
  const { points, kind, yBase, latestId, activeId, pinnedId, radius, onHover, onPin, onAnchor } = props;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const width = useChartWidth() ?? 0;
  if (!xScale || !yScale) return null;
  return (
    <g className="chart-marks">
      {points.map((point) => {
        const geometry =
          kind === 'flow' ? barGeometry(point, xScale, yScale, yBase, radius) : dotGeometry(point, xScale, yScale, radius);
        if (!geometry) return null;
        const state = point.id === pinnedId ? 'pinned' : point.id === activeId ? 'active' : undefined;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the list of values beside the chart is the keyboard way
          <g
            key={point.id}
            data-testid="chart-point"
            data-id={point.id}
            data-state={state}
            data-mark={point.mark}
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
            {point.id === latestId && (
              <LatestLabel text={point.valueText} anchor={geometry.label} chartWidth={width} radius={radius} />
            )}
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
  /** Where the value's label goes: above this point. */
  label: { x: number; y: number };
  shape: ReactNode;
}

function dotGeometry(point: ChartPoint, xScale: Scale, yScale: Scale, radius: number): Geometry | undefined {
  const cx = xScale(point.x);
  const cy = yScale(point.y);
  if (cx === undefined || cy === undefined) return undefined;
  return {
    anchor: { x: cx, y: cy },
    label: { x: cx, y: cy - radius * 1.6 },
    shape: (
      <>
        {point.disputed && <circle className="chart-mark__ring" cx={cx} cy={cy} r={radius * 1.4 + 4} />}
        <path className="chart-mark__shape" d={markPath(point.mark, cx, cy, radius)} />
      </>
    ),
  };
}

function barGeometry(point: ChartPoint, xScale: Scale, yScale: Scale, yBase: number, radius: number): Geometry | undefined {
  const [l, r, p0, p1, t, b] = [
    xScale(point.barX0),
    xScale(point.barX1),
    xScale(point.x0),
    xScale(point.x1),
    yScale(point.y),
    yScale(yBase),
  ];
  if (l === undefined || r === undefined || p0 === undefined || p1 === undefined || t === undefined || b === undefined) {
    return undefined;
  }
  const slotWidth = Math.max(1, (r - l) / point.slots);
  const x = l + slotWidth * point.slot;
  const y = Math.min(t, b);
  const height = Math.max(1, Math.abs(b - t));
  const markRadius = Math.min(radius, slotWidth / 3);
  const labelY = y - (point.hollow ? markRadius * 1.6 + 4 : 6) - (point.disputed ? 4 : 0);
  // A dot's radius grows with the type size, and a character is about as wide as the radius.
  const charWidth = Math.max(LABEL_CHAR_WIDTH, radius * 1.2);
  const periodFits = slotWidth >= point.periodText.length * charWidth;
  return {
    anchor: { x: x + slotWidth / 2, y },
    label: { x: x + slotWidth / 2, y: periodFits ? labelY - radius * 2.7 : labelY },
    shape: (
      <>
        {point.disputed && (
          <rect className="chart-mark__ring" x={x - 4} y={y - 4} width={slotWidth + 8} height={height + 8} rx={4} />
        )}
        <rect className="chart-mark__shape" x={x} y={y} width={slotWidth} height={height} rx={2} />
        {point.hollow && <path className="chart-mark__qualifier" d={markPath(point.mark, x + slotWidth / 2, t, markRadius)} />}
        <path className="chart-mark__period" d={`M${p0} ${b + 9}v5H${p1}v-5`} />
        {periodFits && (
          <text className="chart-mark__label" x={x + slotWidth / 2} y={labelY} textAnchor="middle">
            {point.periodText}
          </text>
        )}
      </>
    ),
  };
}

interface LatestLabelProps {
  text: string;
  anchor: { x: number; y: number };
  chartWidth: number;
  radius: number;
}

/** The latest value written beside its mark, turned inwards near the chart's right edge. */
function LatestLabel({ text, anchor, chartWidth, radius }: LatestLabelProps) {
  // A dot's radius grows with the type size, and a character is about as wide as the radius.
  const nearRight = anchor.x + (text.length * radius * 1.2) / 2 > chartWidth - 8;
  return (
    <text
      className="chart-mark__latest"
      data-testid="latest-label"
      x={nearRight ? anchor.x + radius : anchor.x}
      y={anchor.y}
      textAnchor={nearRight ? 'end' : 'middle'}
    >
      {text}
    </text>
  );
}
