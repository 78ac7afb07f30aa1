// The checks' sentences are written here, in both languages at once, because the API serves them at /api/checks
// (and the static export writes them to its files) as `BilingualText`: the API cannot read the dashboard's
// messages (apps/web/src/lib/i18n), since core imports neither app and the API never imports the web app. They are
// built from values and periods (format.ts, period.ts), so they sit beside the code that writes those. A count
// here is never followed by a noun ("3 named of 14"), so none needs a plural form.
import type { DisagreementKind } from '../disagreements.ts';
import { formatValue, qualifierWord } from '../format.ts';
import { formatPeriodLabel } from '../period.ts';
import type { BilingualText, Locale } from '../schemas/common.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { NamedTally } from './named-counts.ts';

/** A check's few words for a marker and its plain sentence, in both languages. */
export interface CheckText {
  title: BilingualText;
  sentence: BilingualText;
}

/** The same text written for each interface language. */
function bilingual(write: (locale: Locale) => string): BilingualText {
  return { en: write('en'), vi: write('vi') };
}

function words(indicator: Indicator, locale: Locale) {
  return {
    name: indicator.name[locale],
    value: (o: Observation) => formatValue(o.value, indicator.unit, o.qualifier, locale),
    /** "as of 23 January 2024" for a stock, the period for a flow. */
    when: (o: Observation) => formatPeriodLabel(o, locale),
  };
}

/** Title and sentence of a disagreement between two observations (see `findDisagreements`). */
export function disagreementText(kind: DisagreementKind, indicator: Indicator, a: Observation, b: Observation): CheckText {
  const text = (write: (w: ReturnType<typeof words>, locale: Locale) => string) =>
    bilingual((locale) => write(words(indicator, locale), locale));
  switch (kind) {
    case 'stock_falls':
      return {
        title: text(({ value }, l) =>
          l === 'vi' ? `Giảm từ ${value(a)} xuống ${value(b)}` : `Falls from ${value(a)} to ${value(b)}`,
        ),
        sentence: text(({ name, value, when }, l) =>
          l === 'vi'
            ? `${name}: từ ${value(a)} (${when(a)}) xuống ${value(b)} (${when(b)}); bài viết sau đếm ít hơn bài viết trước.`
            : `${name}: from ${value(a)} (${when(a)}) to ${value(b)} (${when(b)}); the later article counts fewer than the earlier one.`,
        ),
      };
    case 'same_period_conflict':
      return {
        title: text(({ when }, l) => (l === 'vi' ? `Hai số liệu, ${when(a)}` : `Two values, ${when(a)}`)),
        sentence: text(({ name, value, when }, l) =>
          l === 'vi'
            ? `${name} (${when(a)}): hai bài viết đưa ra hai số liệu khác nhau, ${value(a)} và ${value(b)}.`
            : `${name} (${when(a)}): two articles give different values, ${value(a)} and ${value(b)}.`,
        ),
      };
    case 'qualifier_conflict': {
      const figure = (l: Locale) => formatValue(a.value, indicator.unit, 'exact', l);
      const quoted = (o: Observation, l: Locale) => `“${qualifierWord(o.qualifier, l)}”`;
      return {
        title: text((_, l) => `${quoted(a, l)} ${l === 'vi' ? 'và' : 'and'} ${quoted(b, l)} ${figure(l)}`),
        sentence: text(({ name, value, when }, l) =>
          l === 'vi'
            ? `${name}: một bài viết ghi ${value(a)} (${when(a)}), bài khác ghi ${value(b)} (${when(b)}); theo bài này số thực tế thấp hơn ${figure(l)}, theo bài kia lại cao hơn.`
            : `${name}: one article says ${value(a)} (${when(a)}), another ${value(b)} (${when(b)}); the true figure is below ${figure(l)} in one and above it in the other.`,
        ),
      };
    }
  }
}

/** Title and sentence of a stated count that the items the articles name fall short of, or exceed. */
export function namedText(indicator: Indicator, stated: Observation, tally: NamedTally): CheckText {
  const stock = indicator.kind === 'stock';
  return {
    title: bilingual((l) => {
      const { value } = words(indicator, l);
      return l === 'vi' ? `Đã nêu tên ${tally.count} trên ${value(stated)}` : `${tally.count} named of ${value(stated)}`;
    }),
    sentence: bilingual((l) => {
      const { name, value, when } = words(indicator, l);
      if (l === 'vi') {
        const head = `${name} (${when(stated)}): bài viết ghi ${value(stated)}, nhưng`;
        if (tally.missing > 0) {
          return `${head} ${stock ? 'đến lúc đó' : 'trong kỳ này'} các bài viết mới nêu tên ${tally.count}; còn thiếu ${tally.missing}.`;
        }
        return `${head} các bài viết nêu tên ${tally.count} trong kỳ này, nhiều hơn ${tally.extra}.`;
      }
      const head = `${name} (${when(stated)}): the article states ${value(stated)}, but the articles name`;
      if (tally.missing > 0) {
        return `${head} only ${tally.count} ${stock ? 'by then' : 'in that period'}: ${tally.missing} missing.`;
      }
      return `${head} ${tally.count} in that period: ${tally.extra} more than stated.`;
    }),
  };
}
