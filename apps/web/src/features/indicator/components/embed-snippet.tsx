import type { Indicator, Locale } from '@bd/core';
import { useId, useRef, useState } from 'react';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { usePageOrigin } from '../../../lib/page-origin.ts';

/** The `<iframe>` that shows `/embed/<indicator>` on another site, in the interface language (always named: the
 * frame must not fall back to a language remembered from a visit to the dashboard). */
export function embedCode(origin: string, indicator: Indicator, locale: Locale, entity?: string): string {
  const query = new URLSearchParams({ lang: locale, ...(entity ? { entity } : {}) });
  const src = `${origin}/embed/${encodeURIComponent(indicator.id)}?${query}`;
  const title = indicator.name[locale].replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="${title}" width="640" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The embed code, to select or copy with one press. */
export function EmbedSnippet({ indicator, entity }: { indicator: Indicator; entity?: string | undefined }) {
  const { locale, t } = useLocale();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const code = embedCode(usePageOrigin(), indicator, locale, entity);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      field.current?.select();
      setCopyState('failed');
    }
  };
  return (
    <div className="embed-snippet">
      <h3 className="embed-snippet__title">{t('embedTitle')}</h3>
      <p className="muted" id={`${id}-hint`}>
        {t('embedHint')}
      </p>
      <label htmlFor={`${id}-code`} className="visually-hidden">
        {t('embedCodeLabel')}
      </label>
      <div className="embed-snippet__row">
        <textarea
          id={`${id}-code`}
          ref={field}
          className="embed-snippet__code"
          readOnly
          rows={3}
          value={code}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="button needs-script" onClick={() => void copy()}>
          {t('copy')}
        </button>
      </div>
      <p role="status" className="embed-snippet__status">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  );
}
