import { useLocation } from 'wouter';
import { AppLink } from '../components/app-link.tsx';
import type { MessageKey } from '../lib/i18n/en.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { PresentButton } from './present-button.tsx';

/**
 * The views of the main navigation and the addresses each is current on. An indicator page is none of them: it is
 * reached from the overview but is not the overview, so marking "Overview" as the current page there misleads.
 */
const NAV: { href: string; label: MessageKey; matches: (path: string) => boolean }[] = [
  { href: '/', label: 'navOverview', matches: (path) => path === '/' },
  { href: '/sources', label: 'navSources', matches: (path) => path.startsWith('/sources') },
  { href: '/timeline', label: 'navTimeline', matches: (path) => path.startsWith('/timeline') },
  { href: '/partners', label: 'navPartners', matches: (path) => path.startsWith('/partners') },
  { href: '/checks', label: 'navChecks', matches: (path) => path.startsWith('/checks') },
];

/** Skip link, site name, the main navigation, the language switch and "Present". */
export function AppHeader() {
  const { t } = useLocale();
  const [path] = useLocation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="app-header__inner">
        <AppLink href="/" className="brand">
          <span className="brand__name">{t('siteTitle')}</span>
          <span className="brand__tagline">{t('siteTagline')}</span>
        </AppLink>
        <nav aria-label={t('mainNav')} className="app-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <AppLink href={item.href} aria-current={item.matches(path) ? 'page' : undefined}>
                  {t(item.label)}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-header__actions">
          <LanguageSwitch />
          <PresentButton />
        </div>
      </div>
    </header>
  );
}
