import type { Locale } from './schemas/common.ts';

/** The Intl locale each interface language formats numbers and dates with. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

/**
 * Intl formatters made once per locale and options: making one costs far more than formatting with it, and a
 * page formats hundreds of values (a long series, its table, its axis).
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.DisplayNames;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export const numberFormat = (tag: string, options: Intl.NumberFormatOptions) =>
  cached(`n ${tag} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));

export const dateTimeFormat = (tag: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d ${tag} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));

export const pluralRules = (tag: string, options: Intl.PluralRulesOptions) =>
  cached(`p ${tag} ${JSON.stringify(options)}`, () => new Intl.PluralRules(tag, options));

/** Names of countries (`region`) or languages (`language`) in the interface language: "Japan", "Nhật Bản". */
export const displayNames = (tag: string, options: Intl.DisplayNamesOptions) =>
  cached(`names ${tag} ${JSON.stringify(options)}`, () => new Intl.DisplayNames(tag, options));
