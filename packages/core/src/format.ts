// Interface words that stay in core, apart from the dashboard's messages (apps/web/src/lib/i18n): the API writes
// them too, in the values and dates of /api/checks' sentences (check-text.ts), and core imports neither app nor the
// API the web app. What is here is how a value, a qualifier or a date is written in each language, made with Intl
// where Intl writes it right: rules with their tests beside them rather than phrases to look up.
import { dateTimeFormat, intlLocale, numberFormat, pluralRules } from './intl-formats.ts';
import type { Locale } from './schemas/common.ts';
import type { Unit } from './schemas/indicator.ts';
import type { Qualifier } from './schemas/observation.ts';

const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  en: { exact: '', about: 'about', nearly: 'nearly', more_than: 'more than', at_least: 'at least' },
  vi: { exact: '', about: 'khoảng', nearly: 'gần', more_than: 'hơn', at_least: 'ít nhất' },
};

/** The word the interface writes before a qualified value ("nearly", "gần"); empty for `exact`. */
export function qualifierWord(qualifier: Qualifier, locale: Locale): string {
  return QUALIFIER_WORDS[locale][qualifier];
}

const QUALIFIER_EXPLANATIONS: Record<Locale, Record<Qualifier, string>> = {
  en: {
    exact: 'stated as an exact figure',
    about: 'an approximate figure',
    nearly: 'the true figure is a little below',
    more_than: 'the true figure is above',
    at_least: 'at least this many: the source lists these and says there are more ("etc.")',
  },
  vi: {
    exact: 'số liệu chính xác',
    about: 'số liệu ước lượng',
    nearly: 'số thực tế thấp hơn một chút',
    more_than: 'số thực tế cao hơn',
    at_least: 'ít nhất: nguồn liệt kê các mục này và ghi "v.v."',
  },
};

/**
 * Why a qualified value is drawn differently, for legends and screen readers. It follows the qualifier's word (the
 * legend writes `"nearly": …`), so it does not repeat it.
 */
export function qualifierExplanation(qualifier: Qualifier, locale: Locale): string {
  return QUALIFIER_EXPLANATIONS[locale][qualifier];
}

/** The number alone, in the unit's usual scale: "42.4 billion", "3,852", "7.48%", "3rd". */
export function formatNumber(value: number, unit: Unit, locale: Locale): string {
  const tag = intlLocale[locale];
  if (unit === 'rank') return locale === 'vi' ? `thứ ${value}` : ordinalEn(value);
  if ((unit === 'USD' || unit === 'VND') && Math.abs(value) >= 1e6) {
    return numberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }).format(value);
  }
  const number = numberFormat(tag, { maximumFractionDigits: 2 }).format(value);
  return unit === 'percent' ? `${number}%` : number;
}

const ORDINAL_SUFFIX_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

function ordinalEn(n: number): string {
  return `${n}${ORDINAL_SUFFIX_EN[pluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

/** A currency is written after its amount ("42.4 billion USD"); other units are in the number already. */
function withCurrency(number: string, unit: Unit): string {
  return unit === 'USD' || unit === 'VND' ? `${number} ${unit}` : number;
}

/** A value as the interface writes it, with its qualifier and unit: "more than 42.4 billion USD", "gần 35 tỷ USD". */
export function formatValue(value: number, unit: Unit, qualifier: Qualifier, locale: Locale): string {
  const withUnit = withCurrency(formatNumber(value, unit, locale), unit);
  const word = qualifierWord(qualifier, locale);
  return word ? `${word} ${withUnit}` : withUnit;
}

/**
 * A rank with the number it is among: "3rd of 63 provinces and cities", "thứ 3 trên 63 tỉnh, thành phố". Said with
 * every rank, so that a rank among 63 is never read against one among 34 without being told.
 */
export function formatRankAmong(value: number, peers: number, qualifier: Qualifier, locale: Locale): string {
  const rank = formatValue(value, 'rank', qualifier, locale);
  return locale === 'vi' ? `${rank} trên ${peers} tỉnh, thành phố` : `${rank} of ${peers} provinces and cities`;
}

/** A signed change ("+3", "−1", "+7.4 billion USD"), marked approximate ("≈ +7.4 billion USD") when an end is "about". */
export function formatChange(delta: number, unit: Unit, approximate: boolean, locale: Locale): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = unit === 'rank' ? String(Math.abs(delta)) : formatNumber(Math.abs(delta), unit, locale);
  return `${approximate ? '≈ ' : ''}${sign}${withCurrency(magnitude, unit)}`;
}

/** How much room a date has: `long` in prose, `short` where space is tight (a table cell, a range of two dates). */
export type DateStyle = 'long' | 'short';

/**
 * A calendar date in the interface language, in UTC. Long: "23 June 2020", "ngày 23 tháng 6 năm 2020"; short:
 * "23 Jun 2020", "23/6/2020". Vietnamese is written by hand, as Vietnamese publications write dates: Intl's vi
 * form, "23 tháng 6, 2020", puts an English comma where a Vietnamese reader expects "năm".
 */
export function formatDate(isoDate: string, locale: Locale, style: DateStyle = 'long'): string {
  if (locale === 'vi') {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    return style === 'long' ? `ngày ${d} tháng ${m} năm ${y}` : `${d}/${m}/${y}`;
  }
  return dateTimeFormat(intlLocale[locale], { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
