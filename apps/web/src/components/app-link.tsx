import type { ComponentProps } from 'react';
import { Link } from 'wouter';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { localisedHref } from '../lib/localised-href.ts';

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/** An in-app link that keeps the interface language in the address. */
export function AppLink({ href, ...rest }: AppLinkProps) {
  const { locale } = useLocale();
  return <Link href={localisedHref(href, locale)} {...rest} />;
}
