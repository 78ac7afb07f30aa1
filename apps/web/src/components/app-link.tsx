import type { ComponentProps } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { localisedHref } from '../lib/localised-href.ts';

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/** An in-app link that keeps the interface language, and the place chosen (`entity`), in the address. */
export function AppLink({ href, ...rest }: AppLinkProps) {
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const keep = entity !== undefined && !/[?&]entity=/.test(href) ? { entity } : {};
  return <Link href={localisedHref(href, locale, keep)} {...rest} />;
}
