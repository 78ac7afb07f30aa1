import { useLocale } from '../lib/i18n/use-locale.ts';

/** Grey blocks standing in for content on its way. */
export function LoadingSkeleton({ blocks = 3 }: { blocks?: number }) {
  const { t } = useLocale();
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t('loading')}</span>
      {Array.from({ length: blocks }, (_, i) => (
        <div key={i} className="skeleton__block" />
      ))}
    </div>
  );
}
