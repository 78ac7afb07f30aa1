import { csvHref } from '../lib/csv-href.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** Links to the API reference, its machine-readable descriptions and the full data download. */
export function AppFooter() {
  const { t } = useLocale();
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
            <a href={csvHref()} download>
              {t('downloadAll')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
