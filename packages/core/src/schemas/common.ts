import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a YYYY-MM-DD date that exists on the calendar (2024-02-30 does not). */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** How many days `month` (1-12) of `year` has: 29 for February 2024. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDateSchema = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(ISO_DATE, { error: 'expected a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a date that exists` });

/** Lower-case identifier with dashes, e.g. `binh-duong` or `portal-2024-01-24-consular-meeting`. */
export const slugSchema = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lower-case letters, digits and dashes, e.g. binh-duong' });

/** Stable snake_case identifier, e.g. `partner_localities`. */
export const snakeIdSchema = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, { error: 'expected snake_case, e.g. partner_localities' });

/** Text in English and Vietnamese. */
export const bilingualTextSchema = z.object({
  en: z.string().trim().min(1, { error: 'English text must not be empty' }),
  vi: z.string().trim().min(1, { error: 'Vietnamese text must not be empty' }),
});
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** The interface languages. */
export const localeSchema = z.enum(['en', 'vi']);
export type Locale = z.infer<typeof localeSchema>;
