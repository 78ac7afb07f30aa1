import type { Locale } from '@bd/core';

/**
 * An in-app address that keeps the interface language: `/sources#source-x` in Vietnamese becomes
 * `/sources?lang=vi#source-x`. Extra search parameters are added in order.
 */
export function localisedHref(path: string, locale: Locale, params: Record<string, string | undefined> = {}): string {
  const [beforeHash, hash] = path.split('#', 2) as [string, string | undefined];
  const [pathname, search] = beforeHash.split('?', 2) as [string, string | undefined];
  const query = new URLSearchParams(search);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') query.delete(key);
    else query.set(key, value);
  }
  if (locale === 'vi') query.set('lang', 'vi');
  else query.delete('lang');
  const text = query.toString();
  return `${pathname}${text ? `?${text}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}
