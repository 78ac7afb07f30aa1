import { Link, useLocation, useSearch } from 'wouter';
import { useLocale } from '../lib/i18n/use-locale.ts';

/**
 * Switches between English and Vietnamese. The switch is named after the language it switches to, in that
 * language ("Tiếng Việt" while in English, "English" while in Vietnamese), as people look for their own.
 * It is a link to the same address with `?lang=`, so it works without scripts; with them, wouter follows it in place
 * (replacing the address, as a language is not a step back), and the shell remembers the choice.
 */
export function LanguageSwitch() {
  const { locale, t } = useLocale();
  const [path] = useLocation();
  const search = new URLSearchParams(useSearch());
  const next = locale === 'en' ? 'vi' : 'en';
  search.set('lang', next);
  return (
    <Link href={`${path}?${search}`} replace className="button button--quiet language-switch" title={t('switchLanguageHint')}>
      <span lang={next}>{next === 'vi' ? 'Tiếng Việt' : 'English'}</span>
    </Link>
  );
}
