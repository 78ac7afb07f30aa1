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

/**
 * Country names Vietnamese publications write differently from CLDR's, the data behind Intl, by ISO 3166-1 code.
 * CLDR keeps the English "Italy" where Vietnamese writes "Ý", and gives Hong Kong and Macao their full
 * administrative titles and Myanmar a bracketed old name, too long for a table cell or a map label. Checked
 * against every country the data names: CLDR's others (Nhật Bản, Hàn Quốc, Hoa Kỳ, Đức, Hà Lan, Bỉ, Trung Quốc,
 * Campuchia, Lào, Nga, Cuba) are the usual ones. i18n-iso-countries' vi list was weighed and is worse: it calls
 * Malaysia "Bán đảo Mã Lai" (the Malay Peninsula) and Laos by its formal title.
 */
const COUNTRY_NAME_CORRECTIONS: Record<string, Record<string, string>> = {
  vi: { IT: 'Ý', HK: 'Hồng Kông', MO: 'Ma Cao', MM: 'Myanmar' },
};

/** Intl.DisplayNames, with a language's corrections to its country names taken first. */
class CorrectedDisplayNames extends Intl.DisplayNames {
  readonly #corrections: Record<string, string>;

  constructor(tag: string, options: Intl.DisplayNamesOptions, corrections: Record<string, string>) {
    super(tag, options);
    this.#corrections = corrections;
  }

  override of(code: string): string | undefined {
    return this.#corrections[code.toUpperCase()] ?? super.of(code);
  }
}

/**
 * Names of countries (`region`) or languages (`language`) in the interface language: "Japan", "Nhật Bản", "Ý".
 * `tag` is an interface language or an Intl locale ("vi", "vi-VN").
 */
export const displayNames = (tag: string, options: Intl.DisplayNamesOptions) =>
  cached(`names ${tag} ${JSON.stringify(options)}`, () => {
    const corrections = options.type === 'region' ? COUNTRY_NAME_CORRECTIONS[tag.split('-')[0] ?? tag] : undefined;
    return corrections ? new CorrectedDisplayNames(tag, options, corrections) : new Intl.DisplayNames(tag, options);
  });

/** A country's name in the interface language ("Ý", "Netherlands"), or its code where Intl has no name for it. */
export function countryName(tag: string, code: string): string {
  return displayNames(tag, { type: 'region' }).of(code) ?? code;
}
