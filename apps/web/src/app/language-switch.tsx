import { useLocation, useSearch } from 'wouter';
import { useLocale } from '../lib/i18n/use-locale.ts';

/**
 * Switches between English and Vietnamese. The switch is named after the language it switches to, in that
 * language ("Tiếng Việt" while in English, "English" while in Vietnamese), as people look for their own.
 * It is a link to the same address with `?lang=`, so it works without scripts; with them, it switches in place and
 * remembers the choice.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const [path] = useLocation();
  const search = new URLSearchParams(useSearch());
  const next = locale === 'en' ? 'vi' : 'en';
  search.set('lang', next);
  return (
    <a
      href={`${path}?${search}`}
      className="button button--quiet language-switch"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        setLocale(next);
      }}
      title={t('switchLanguageHint')}
    >
      <span lang={next}>{next === 'vi' ? 'Tiếng Việt' : 'English'}</span>
    </a>
  );
}
