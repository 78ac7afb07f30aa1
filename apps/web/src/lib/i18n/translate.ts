import type { Locale } from '@bd/core';
import { type Dictionary, en, type MessageKey } from './en.ts';
import { vi } from './vi.ts';

const dictionaries: Record<Locale, Dictionary> = { en, vi };

/** Values put into a message's `{name}` slots. */
export type MessageValues = Record<string, string | number>;

/** Looks a message up and fills its `{name}` slots; a slot without a value is left as written. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The message function of one language. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (slot, name: string) => (values && name in values ? String(values[name]) : slot));
}
