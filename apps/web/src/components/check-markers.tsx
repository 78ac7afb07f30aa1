import type { CheckKind } from '@bd/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { checkQueries } from '../lib/queries/check-queries.ts';
import { AppLink } from './app-link.tsx';
import './check-markers.css';

interface CheckMarkersProps {
  indicator: string;
  /** Only the checks of this place; all places by default. */
  entity?: string | undefined;
  /** Shown instead while there is no check to mark: before the checks arrive, if they cannot, or when none concerns it. */
  fallback?: ReactNode;
  /** Only checks of these kinds (all kinds by default): a page that shows its disagreements itself marks the rest. */
  kinds?: readonly CheckKind[];
}

/**
 * Where a check concerns an indicator: one marker per check, linking to it on /checks. Until the checks arrive,
 * or where there are none, it shows `fallback` (nothing by default), so it never holds up what it sits beside.
 */
export function CheckMarkers({ indicator, entity, fallback = null, kinds }: CheckMarkersProps) {
  const { locale, t } = useLocale();
  const checks = useQuery(checkQueries.all());
  const own = (checks.data?.checks ?? []).filter(
    (c) => c.indicator === indicator && (entity === undefined || c.entity === entity) && (!kinds || kinds.includes(c.kind)),
  );
  if (own.length === 0) return fallback;
  return (
    <div className="check-markers" data-testid="check-markers">
      <span className="check-markers__label">{t('checksMarker')}</span>
      <ul>
        {own.map((check) => (
          <li key={check.id}>
            <AppLink
              href={`/checks#check-${check.id}`}
              className="badge badge--warning"
              aria-label={t('checkLink', { title: check.title[locale] })}
            >
              <span aria-hidden="true">⚠ </span>
              {check.title[locale]}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
