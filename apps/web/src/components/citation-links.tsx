import { useLocale } from '../lib/i18n/use-locale.ts';
import { AppLink } from './app-link.tsx';

/** Where to read a cited article: the article itself (or that it gives no address), and everything taken from it. */
export function CitationLinks({ url, sourceId, className }: { url: string | undefined; sourceId: string; className: string }) {
  const { t } = useLocale();
  return (
    <ul className={className}>
      <li>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('openArticle')}
          </a>
        ) : (
          t('noArticleUrl')
        )}
      </li>
      <li>
        <AppLink href={`/sources#source-${sourceId}`}>{t('allFromSource')}</AppLink>
      </li>
    </ul>
  );
}
