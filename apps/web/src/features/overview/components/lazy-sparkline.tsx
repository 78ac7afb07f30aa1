import { type ComponentProps, lazy, Suspense } from 'react';
import type { TrendSparkline } from './trend-sparkline.tsx';

const Sparkline = lazy(() => import('./trend-sparkline.tsx').then((m) => ({ default: m.TrendSparkline })));

/**
 * The card's trend line, loaded after the cards: the charting library is most of the JavaScript, and the
 * values, periods and sources on the cards should not wait for it (docs/decisions/005-web-first-view-budget.md).
 */
export function LazySparkline(props: ComponentProps<typeof TrendSparkline>) {
  const { width = 220, height = 56 } = props;
  return (
    <Suspense fallback={<div className="sparkline sparkline--placeholder" style={{ width, height }} aria-hidden="true" />}>
      <Sparkline {...props} />
    </Suspense>
  );
}
