import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChangeRule } from './change-rules.ts';
import type { LineSegment } from './series-chart-state.ts';
import { linePaths } from './series-time.ts';
import type { UnreportedSpan } from './unreported-spans.ts';

/** The line through the values: solid where neighbouring values are reported close together, dashed across a gap. */
export function ChartLine({ segments, strokeWidth }: { segments: readonly LineSegment[]; strokeWidth: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const first = segments[0];
  if (!xScale || !yScale || !first) return null;
  const pixels = [first.from, ...segments.map((s) => s.to)].map((p) => ({ x: xScale(p.x), y: yScale(p.y) }));
  if (pixels.some((p) => p.x === undefined || p.y === undefined)) return null;
  const { reported, unreported } = linePaths(pixels as { x: number; y: number }[], (step) => segments[step]?.reported ?? true);
  return (
    <g className="chart-line" data-testid="chart-line">
      {reported && <path className="chart-line__reported" d={reported} strokeWidth={strokeWidth} />}
      {unreported && (
        <path
          className="chart-line__unreported"
          data-testid="chart-line-unreported"
          d={unreported}
          strokeWidth={strokeWidth}
          strokeDasharray={`${strokeWidth * 2} ${strokeWidth * 2.5}`}
        />
      )}
    </g>
  );
}

/** A flow's stretches without a value, shaded across the plot and labelled when the label fits. */
export function ChartGaps({ gaps, label }: { gaps: readonly UnreportedSpan[]; label: string }) {
  const xScale = useXAxisScale();
  const area = usePlotArea();
  if (!xScale || !area || gaps.length === 0) return null;
  return (
    <g className="chart-gaps">
      {gaps.map((gap) => {
        const left = xScale(gap.start);
        const right = xScale(gap.end);
        if (left === undefined || right === undefined) return null;
        const width = Math.max(0, right - left);
        return (
          <g key={gap.start} data-testid="chart-gap">
            <rect className="chart-gap" x={left} y={area.y} width={width} height={area.height} />
            {width > label.length * 7 && (
              <text className="chart-gap__label" x={left + width / 2} y={area.y + area.height / 2} textAnchor="middle">
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** What the value axis counts, written above it, clear of the top tick's label (half a line above the plot). */
export function AxisTitle({ text, left, fontSize }: { text: string; left: number; fontSize: number }) {
  const area = usePlotArea();
  if (!area) return null;
  return (
    <text className="chart-axis-title" data-testid="axis-title" x={left} y={Math.max(fontSize, area.y - fontSize * 0.9)}>
      {text}
    </text>
  );
}

/** A generous average glyph width, as a share of the type size, to tell whether a label fits beside its rule. */
const GLYPH_WIDTH = 0.6;

/**
 * The entity's changes: a vertical rule across the plot at each, its label at the top on the side with room, or
 * along the rule, reading upwards, where the plot is too narrow for it to lie across.
 */
export function ChartRules({ rules, fontSize }: { rules: readonly ChangeRule[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const area = usePlotArea();
  if (!xScale || !area || rules.length === 0) return null;
  const gap = fontSize * 0.4;
  return (
    <g className="chart-rules">
      {rules.map((rule) => {
        const x = xScale(rule.x);
        if (x === undefined) return null;
        const after = rule.labelSide === 'after';
        const room = after ? area.x + area.width - x : x - area.x;
        const across = rule.label.length * fontSize * GLYPH_WIDTH + gap <= room;
        const along = { x: after ? x + gap + fontSize : x - gap, y: area.y + gap };
        return (
          <g key={rule.date} data-testid="chart-rule">
            <line className="chart-rule" x1={x} x2={x} y1={area.y} y2={area.y + area.height} />
            {across ? (
              <text
                className="chart-rule__label"
                x={after ? x + gap : x - gap}
                y={area.y + fontSize * 1.1}
                textAnchor={after ? 'start' : 'end'}
              >
                {rule.label}
              </text>
            ) : (
              <text
                className="chart-rule__label"
                x={along.x}
                y={along.y}
                textAnchor="end"
                transform={`rotate(-90 ${along.x} ${along.y})`}
              >
                {rule.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
