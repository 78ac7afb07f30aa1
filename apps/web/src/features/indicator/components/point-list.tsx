import type { ChartPoint } from '../../../components/series-chart/series-chart-state.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface PointListProps {
  points: readonly ChartPoint[];
  pinnedId: string | undefined;
  onPin: (id: string) => void;
  onFocusPoint: (id: string | undefined) => void;
}

/**
 * The chart's values as buttons: the keyboard's and touch's way to a value's tooltip (on focus) and citation (a
 * press, tap or click). Its label names no key, since on a phone there is none.
 */
export function PointList({ points, pinnedId, onPin, onFocusPoint }: PointListProps) {
  const { t } = useLocale();
  return (
    <div className="point-list">
      <p id="point-list-label" className="point-list__label">
        {t('pointsLabel')}
      </p>
      <ol aria-labelledby="point-list-label">
        {points.map((point) => (
          <li key={point.id}>
            <button
              type="button"
              className={`point-list__item${point.disputed ? ' point-list__item--disputed' : ''}`}
              aria-pressed={point.id === pinnedId}
              onClick={() => onPin(point.id)}
              onFocus={() => onFocusPoint(point.id)}
              onBlur={() => onFocusPoint(undefined)}
            >
              <span className="point-list__value">{point.valueText}</span>
              <span className="point-list__period">{point.periodText}</span>
              {point.disputed && <span className="badge badge--warning">{t('disagreementMark')}</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
