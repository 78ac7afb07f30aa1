/**
 * The baseline for "time to first chart": one recharts chart of the same points as the dashboard's, in a page
 * that does nothing else. `pnpm bench` builds it with the points of the run (__POINTS__).
 */
import { createRoot } from 'react-dom/client';
import { ComposedChart, Scatter, XAxis, YAxis } from 'recharts';

declare const __POINTS__: { x: number; y: number }[];

function Dot(props: { cx?: number; cy?: number }) {
  return (
    <g data-testid="chart-point">
      <circle cx={props.cx} cy={props.cy} r={6} fill="#0b5e63" />
    </g>
  );
}

function BareChart() {
  return (
    <figure data-testid="chart">
      <ComposedChart width={800} height={360} data={__POINTS__}>
        <XAxis dataKey="x" type="number" scale="time" domain={['dataMin', 'dataMax']} />
        <YAxis type="number" />
        <Scatter dataKey="y" shape={Dot} isAnimationActive={false} />
      </ComposedChart>
    </figure>
  );
}

createRoot(document.getElementById('root')!).render(<BareChart />);
