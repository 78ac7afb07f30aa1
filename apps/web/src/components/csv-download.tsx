import { type CsvSelection, csvHref } from '../lib/csv-href.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** "Download CSV" for a selection, with the "Excel (BOM)" variant beside it. */
export function CsvDownload({ selection = {} }: { selection?: Omit<CsvSelection, 'bom'> }) {
  const { t } = useLocale();
  return (
    <fieldset className="csv-download">
      <legend className="visually-hidden">{t('downloadGroup')}</legend>
      <a className="button" href={csvHref(selection)} download>
        {t('downloadCsv')}
      </a>
      <a className="button button--quiet" href={csvHref({ ...selection, bom: true })} download title={t('excelBomHint')}>
        {t('excelBom')}
      </a>
    </fieldset>
  );
}
