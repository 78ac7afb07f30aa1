import type { IndicatorKind, Observation } from '@bd/core';
import { Line, LineChart, XAxis, YAxis } from 'recharts';

interface TrendSparklineProps {
  series: readonly Observation[];
  kind: IndicatorKind;
  label: string;
  width?: number;
  height?: number;
}

/** A small line of the series, no axes: the shape of the trend at a glance. Qualified values are hollow. */
export function TrendSparkline({ series, kind, label, width = 220, height = 56 }: TrendSparklineProps) {
  const data = series.map((o) => ({
    x: Date.parse(`${o.period_end}T00:00:00Z`),
    y: o.value,
    hollow: o.qualifier !== 'exact',
  }));
  if (data.length === 0) return null;
  return (
    <div className="sparkline" role="img" aria-label={label}>
      <LineChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 6, right: 6, bottom: 6, left: 6 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="x" type="number" scale="time" domain={['dataMin', 'dataMax']} hide />
        <YAxis type="number" domain={kind === 'rank' ? [1, 'dataMax'] : [0, 'dataMax']} reversed={kind === 'rank'} hide />
        <Line
          dataKey="y"
          type="linear"
          stroke="var(--accent)"
          strokeWidth={2}
          isAnimationActive={false}
          activeDot={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: { hollow: boolean } }) => (
            <circle
              key={props.index}
              cx={props.cx}
              cy={props.cy}
              r={3}
              className={props.payload?.hollow ? 'chart-mark--hollow' : 'chart-mark--solid'}
            />
          )}
        />
      </LineChart>
    </div>
  );
}
