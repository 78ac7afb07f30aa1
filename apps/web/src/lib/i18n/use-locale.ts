import { type Locale, localeSchema } from '@bd/core';
import { useMemo } from 'react';
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
}

/**
 * The interface language, read from the URL so a shared link opens in the same language. It is switched by a link
 * to the address with `?lang=` (LanguageSwitch); the shell remembers it for the next visit.
 */
export function useLocale(): LocaleState {
  const [params] = useSearchParams();
  const locale = preferredLocale(params);
  const t = useMemo(() => translator(locale), [locale]);
  return { locale, t };
}
