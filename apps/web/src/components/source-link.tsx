import { type Source, sourceLine } from '@bd/core';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { AppLink } from './app-link.tsx';

/** "Binh Duong provincial portal, 24 January 2024", linking to the article's entry on the Sources page. */
export function SourceLink({ source }: { source: Source }) {
  const { locale } = useLocale();
  return (
    <AppLink href={`/sources#source-${source.id}`} className="source-link">
      {sourceLine(source, locale)}
    </AppLink>
  );
}
