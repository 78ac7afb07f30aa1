import { useLocale } from '../lib/i18n/use-locale.ts';

/**
 * Switches between English and Vietnamese. The button is named after the language it switches to, in that
 * language ("Tiếng Việt" while in English, "English" while in Vietnamese), as people look for their own.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const next = locale === 'en' ? 'vi' : 'en';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      onClick={() => setLocale(next)}
      title={t('switchLanguageHint')}
    >
      <span lang={next}>{next === 'vi' ? 'Tiếng Việt' : 'English'}</span>
    </button>
  );
}
