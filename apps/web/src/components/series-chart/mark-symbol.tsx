import type { Qualifier } from '@bd/core';
import { markPath, QUALIFIER_MARKS } from './qualifier-marks.ts';

/** A qualifier's mark as the legend shows it: the chart's own shape, on a small bar for a flow. */
export function MarkSymbol({ qualifier, bar = false }: { qualifier: Qualifier; bar?: boolean }) {
  const { shape, filled } = QUALIFIER_MARKS[qualifier];
  const className = `legend-swatch ${filled ? 'chart-mark--solid' : 'chart-mark--hollow'}`;
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" className={className} data-mark={shape}>
      {bar && <rect x="4" y="7" width="10" height="10" rx="1" className="legend-swatch__bar" />}
      {(!bar || !filled) && <path d={markPath(shape, 9, bar ? 7 : 9, bar ? 3.5 : 5)} className="legend-swatch__mark" />}
    </svg>
  );
}
