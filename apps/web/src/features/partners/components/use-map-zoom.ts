import { select } from 'd3-selection';
import { type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_ZOOM, type MapSize, type MapView, WORLD_VIEW } from './map-view.ts';

export interface MapZoom {
  view: MapView;
  /** Shows `view` at once (no animation: it is where focus and the panel go next). */
  zoomTo: (view: MapView) => void;
  /** Zooms in (`factor` > 1) or out about the middle of the map. */
  zoomBy: (factor: number) => void;
}

/**
 * d3-zoom's own rule (no right button; ctrl only with the wheel), no drag from a marker, which is a button, and no
 * one-finger touch: on a phone one finger scrolls the page past the map, two pinch it, and the buttons zoom.
 */
export function startsZoom(event: MouseEvent | WheelEvent | TouchEvent): boolean {
  if ('touches' in event && event.touches.length < 2) return false;
  if ('button' in event && event.button) return false;
  if (event.ctrlKey && event.type !== 'wheel') return false;
  const onMarker = event.target instanceof Element && event.target.closest('[role="button"]') !== null;
  return event.type === 'wheel' || !onMarker;
}

/**
 * d3-zoom on the map's `<svg>` (wheel, drag and pinch zoom it), its transform kept as React state so the markers are
 * drawn from it at their own size whatever the zoom.
 */
export function useMapZoom(svg: SVGSVGElement | null, size: MapSize): MapZoom {
  const [view, setView] = useState<MapView>(WORLD_VIEW);
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | undefined>(undefined);
  useEffect(() => {
    if (!svg) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [size.width, size.height],
    ];
    const zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(extent)
      .translateExtent(extent)
      .filter(startsZoom)
      .on('zoom', ({ transform }) => setView({ k: transform.k, x: transform.x, y: transform.y }));
    const selection = select(svg);
    selection.call(zoomBehavior).on('dblclick.zoom', null);
    behavior.current = zoomBehavior;
    return () => {
      selection.on('.zoom', null);
      behavior.current = undefined;
    };
  }, [svg, size.width, size.height]);
  const zoomTo = useCallback(
    (next: MapView) => {
      if (svg && behavior.current) behavior.current.transform(select(svg), zoomIdentity.translate(next.x, next.y).scale(next.k));
      else setView(next);
    },
    [svg],
  );
  const zoomBy = useCallback(
    (factor: number) => {
      if (svg && behavior.current) behavior.current.scaleBy(select(svg), factor);
    },
    [svg],
  );
  return { view, zoomTo, zoomBy };
}
