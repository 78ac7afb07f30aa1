import { intlLocale, pluralRules } from './intl-formats.ts';
import type { Locale } from './schemas/common.ts';

/**
 * The forms of a counted phrase, by CLDR plural category. `other` is always given: it is the only form Vietnamese
 * has (a noun does not change with its number), and the form a category a language does not give falls back to.
 */
export type PluralForms<T = string> = { other: T } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, T>>;

/**
 * The form of a phrase that fits the count `n` in the interface language, as `Intl.PluralRules` chooses it:
 * `plural('en', 1, { one: '1 value', other: '… values' })` is "1 value", `plural('en', 0, …)` the `other` form.
 */
export function plural<T>(locale: Locale, n: number, forms: PluralForms<T>): T {
  return forms[pluralRules(intlLocale[locale], {}).select(n)] ?? forms.other;
}
