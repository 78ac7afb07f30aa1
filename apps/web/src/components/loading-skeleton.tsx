import { useEffect, useState } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** After this long, the skeleton says the server is slow rather than leaving the reader to wonder. */
const SLOW_AFTER_MS = 8000;

/** Grey blocks standing in for content on its way. */
export function LoadingSkeleton({ blocks = 3 }: { blocks?: number }) {
  const { t } = useLocale();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="skeleton-wrap" aria-busy="true" aria-live="polite">
      <p className={slow ? 'skeleton__slow' : 'visually-hidden'}>{slow ? t('loadingSlow') : t('loading')}</p>
      <div className="skeleton">
        {Array.from({ length: blocks }, (_, i) => (
          <div key={i} className="skeleton__block" />
        ))}
      </div>
    </div>
  );
}
