import {
  Component,
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  use,
  useContext,
  useEffect,
  useId,
  useState,
} from 'react';
import type { PlotEvents } from './live-plot.tsx';
import type { PlotDrawing } from './plot-drawing.ts';

/** On the server only: draws a plot's SVG for the page's HTML. The same drawing gets the same promise back. */
export interface ServerPlots {
  svgOf: (drawing: PlotDrawing) => Promise<string>;
}

/** Given by the server renderer (`server/entry-server.tsx`); the browser has none. */
export const ServerPlotContext = createContext<ServerPlots | undefined>(undefined);

const LivePlot = lazy(() => import('./live-plot.tsx').then((m) => ({ default: m.LivePlot })));

/** The SVG the server drew into the element with this id, before the page was hydrated; '' if there is none. */
function serverDrawn(id: string): string {
  return typeof document === 'undefined' ? '' : (document.getElementById(id)?.innerHTML ?? '');
}

/**
 * The chart's plot. In the page's HTML it is the SVG recharts drew on the server, and it stays on screen, with the
 * same box, until the live chart's code has loaded after hydration: the page shows its chart with its first paint,
 * and hydrating it costs nothing until then. A plot first drawn in the browser (after moving to another view) is
 * live at once.
 */
export function ChartPlot({ drawing, events }: { drawing: PlotDrawing; events: PlotEvents }) {
  const server = useContext(ServerPlotContext);
  const id = useId();
  const [drawn] = useState(() => serverDrawn(id));
  const [live, setLive] = useState(drawn === '');
  useEffect(() => {
    // A transition keeps the drawn SVG on screen while the live chart's code loads, instead of a fallback.
    if (!live) startTransition(() => setLive(true));
  }, [live]);
  // As the live chart's wrapper sizes it, its type included.
  const box = { width: drawing.width ?? '100%', height: drawing.height, fontSize: drawing.fontSize };
  const placeholder = (
    <div id={id} className="chart-plot" style={box} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: drawn }} />
  );
  return (
    <KeepDrawingOnFailure drawing={placeholder}>
      <Suspense fallback={placeholder}>
        {server ? (
          <ServerDrawnPlot id={id} box={box} svg={server.svgOf(drawing)} />
        ) : live ? (
          <LivePlot drawing={drawing} events={events} />
        ) : (
          placeholder
        )}
      </Suspense>
    </KeepDrawingOnFailure>
  );
}

/**
 * Where the live chart's code cannot be loaded (the device went offline after the page arrived, the server is
 * restarting), the plot stays as the server drew it, values and all, instead of the whole view failing over a
 * tooltip: only the pointer's details are lost.
 */
class KeepDrawingOnFailure extends Component<{ drawing: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.drawing : this.props.children;
  }
}

function ServerDrawnPlot({ id, box, svg }: { id: string; box: React.CSSProperties; svg: Promise<string> }) {
  return <div id={id} className="chart-plot" style={box} dangerouslySetInnerHTML={{ __html: use(svg) }} />;
}
