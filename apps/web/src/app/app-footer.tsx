import { useCheckedDownload } from '../components/csv-download.tsx';
import { csvHref } from '../lib/csv-href.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** Links to the API reference, its machine-readable descriptions and the full data download (saying why when it cannot). */
export function AppFooter() {
  const { locale, t } = useLocale();
  const download = useCheckedDownload();
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        <p>{t('footerNote')}</p>
        <ul className="app-footer__links">
          <li>
            <a href="/api/docs">{t('apiDocs')}</a>
          </li>
          <li>
            <a href="/api/openapi.json">{t('openApi')}</a>
          </li>
          <li>
            <a href="/api/datapackage.json">{t('dataPackage')}</a>
          </li>
          <li>
            <a href={csvHref({ lang: locale })} download onClick={download.onClick}>
              {t('downloadAll')}
            </a>
          </li>
        </ul>
        {download.message && (
          <p className="notice notice--error" role="alert">
            {download.message}
          </p>
        )}
      </div>
    </footer>
  );
}
