import { type Locale, plural } from '@bd/core';
import { type CountedKey, type Dictionary, en, type MessageKey } from './en.ts';
import { vi } from './vi.ts';

const dictionaries: Record<Locale, Dictionary> = { en, vi };

/** Values put into a message's `{name}` slots. */
export type MessageValues = Record<string, string | number>;

/** The values a message needs: a counted phrase (see `CountedKey`) is not written without its `count`. */
type ValuesFor<K extends MessageKey> = K extends CountedKey
  ? [values: MessageValues & { count: number }]
  : [values?: MessageValues];

/**
 * Looks a message up and fills its `{name}` slots; a slot without a value is left as written. A counted phrase is
 * written in the plural form its `count` takes in the language ("1 value", "2 values"; Vietnamese has one form).
 */
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesFor<K>) => string;

/** The message function of one language. */
export function translator(locale: Locale): Translate {
  const dictionary: Record<MessageKey, Dictionary[MessageKey]> = dictionaries[locale];
  return (key, ...[values]: [MessageValues?]) => {
    const message = dictionary[key];
    const count = values?.count;
    const text = typeof message === 'string' ? message : plural(locale, typeof count === 'number' ? count : Number.NaN, message);
    return text.replace(/\{(\w+)\}/g, (slot, name: string) => (values && name in values ? String(values[name]) : slot));
  };
}
