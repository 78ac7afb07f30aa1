import { type MouseEvent, useRef, useState } from 'react';
import { type CsvSelection, csvHref } from '../lib/csv-href.ts';
import type { MessageKey } from '../lib/i18n/en.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

/** Why a download did not start, as a message: the device is offline, or the server did not give the file. */
type DownloadProblem = {
  key: Extract<MessageKey, 'downloadOffline' | 'downloadUnreachable' | 'downloadServerError'>;
  status?: number;
};

/** Asks the server whether it would give the file, without downloading it: undefined when it would. */
async function probe(href: string): Promise<DownloadProblem | undefined> {
  try {
    const response = await fetch(href, { method: 'HEAD', cache: 'no-store' });
    return response.ok ? undefined : { key: 'downloadServerError', status: response.status };
  } catch {
    return { key: navigator.onLine ? 'downloadUnreachable' : 'downloadOffline' };
  }
}

/**
 * A click handler for links that download a file, and what to say when the file cannot be had. The link stays a
 * link, so its address can be copied or saved and a modified click behaves as usual; a plain click first makes
 * sure the file can be had, since a browser that cannot download it (offline, server down) cancels the download
 * without a word, and then lets the browser download it.
 */
export function useCheckedDownload(): { onClick: (event: MouseEvent<HTMLAnchorElement>) => void; message?: string } {
  const { t } = useLocale();
  const [problem, setProblem] = useState<DownloadProblem>();
  const checked = useRef<HTMLAnchorElement | null>(null);
  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    if (checked.current === link) {
      checked.current = null; // the click below, once the file is known to be there: the browser downloads it
      return;
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const found = navigator.onLine ? await probe(link.href) : { key: 'downloadOffline' as const };
    setProblem(found);
    if (found) return;
    checked.current = link;
    link.click();
  };
  return { onClick, ...(problem ? { message: t(problem.key, { status: problem.status ?? '' }) } : {}) };
}

/**
 * "Download CSV" for a selection, with the "Excel (BOM)" variant beside it, the indicators named in the interface
 * language; it says why in the page when the file cannot be had (see `useCheckedDownload`).
 */
export function CsvDownload({ selection: given = {} }: { selection?: Omit<CsvSelection, 'bom' | 'lang'> }) {
  const { locale, t } = useLocale();
  const selection = { ...given, lang: locale };
  const { onClick, message } = useCheckedDownload();
  return (
    <fieldset className="csv-download">
      <legend className="visually-hidden">{t('downloadGroup')}</legend>
      <a className="button" href={csvHref(selection)} download onClick={onClick}>
        {t('downloadCsv')}
      </a>
      <a
        className="button button--quiet"
        href={csvHref({ ...selection, bom: true })}
        download
        title={t('excelBomHint')}
        onClick={onClick}
      >
        {t('excelBom')}
      </a>
      {message && (
        <p className="csv-download__problem notice notice--error" role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}
