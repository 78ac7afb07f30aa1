import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { LoadingSkeleton } from './loading-skeleton.tsx';

/** The part of a TanStack Query result this needs. */
interface QueryLike {
  data: unknown;
  error: Error | null;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryStatusProps {
  queries: readonly QueryLike[];
  /** Shown while the first answer is on its way; a generic skeleton by default. */
  skeleton?: ReactNode;
}

/**
 * What to show about a view's requests: a skeleton while loading, a message with "Retry" when one failed
 * before giving data, and a quiet notice (keeping the data on screen) when a later refresh failed.
 * Renders nothing when all is well.
 */
export function QueryStatus({ queries, skeleton }: QueryStatusProps) {
  const { t } = useLocale();
  const failed = queries.filter((q) => q.isError);
  const retry = () => {
    for (const q of failed) void q.refetch();
  };
  const retrying = failed.some((q) => q.isFetching);
  const blocking = failed.find((q) => q.data === undefined);
  if (blocking) {
    const error = blocking.error;
    const message =
      error instanceof ApiError && error.status === 0
        ? t('errorOffline')
        : t('errorServer', { message: error?.message ?? String(error) });
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('errorTitle')}</p>
        <p>{message}</p>
        <button type="button" className="button" onClick={retry} disabled={retrying} aria-busy={retrying}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (queries.some((q) => q.isPending)) return skeleton ?? <LoadingSkeleton />;
  if (failed.length > 0) {
    return (
      <div className="notice notice--stale" role="status">
        <p>{t('staleNotice')}</p>
        <button type="button" className="button button--quiet" onClick={retry} disabled={retrying}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return null;
}
