import { useEffect, useState } from 'react';

/**
 * How many units of an `<svg>`'s view box one CSS pixel is (1 until it is laid out), kept up to date as the page
 * resizes, so what is drawn at a size on screen (a marker, a touch target) stays that size at any width.
 * `measured` says whether the page has been laid out (false on the server and until the first measure).
 */
export function useViewBoxUnit(svg: SVGSVGElement | null, viewBoxWidth: number): { unit: number; measured: boolean } {
  const [unit, setUnit] = useState<number | undefined>();
  useEffect(() => {
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = svg.getBoundingClientRect().width;
      if (width > 0) setUnit(viewBoxWidth / width);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svg, viewBoxWidth]);
  return { unit: unit ?? 1, measured: unit !== undefined };
}
