import { AppLink } from '../components/app-link.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** Any address the dashboard does not have. */
export function NotFoundPage() {
  const { t } = useLocale();
  useDocumentTitle(t('documentTitle', { view: t('notFoundTitle') }));
  return (
    <div className="page">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <AppLink href="/">{t('backToOverview')}</AppLink>
      </p>
    </div>
  );
}
