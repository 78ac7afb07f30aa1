import { type Locale, localeSchema } from '@bd/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { type Translate, translator } from './translate.ts';

const STORAGE_KEY = 'bd.locale';

/** The language remembered from an earlier visit, if any. */
function storedLocale(): Locale | undefined {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the language for the next visit. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode); the URL still carries the language.
  }
}

/** The locale a URL search string asks for: `?lang=vi`, else the remembered one, else English. */
export function preferredLocale(params: URLSearchParams): Locale {
  const parsed = localeSchema.safeParse(params.get('lang'));
  return parsed.success ? parsed.data : (storedLocale() ?? 'en');
}

export interface LocaleState {
  locale: Locale;
  t: Translate;
  /** Switches the language, in the URL (`?lang=`) and in local storage. */
  setLocale: (locale: Locale) => void;
}

/** The interface language, read from the URL so a shared link opens in the same language. */
export function useLocale(): LocaleState {
  const [params, setParams] = useSearchParams();
  const locale = preferredLocale(params);
  const t = useMemo(() => translator(locale), [locale]);
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          updated.set('lang', next);
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { locale, t, setLocale };
}
