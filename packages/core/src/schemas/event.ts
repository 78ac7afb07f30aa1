import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.ts';

export const eventTypeSchema = z.enum([
  'partner_locality',
  'conference',
  'agreement',
  'award',
  'membership',
  'administrative_change',
]);
export type EventType = z.infer<typeof eventTypeSchema>;

/**
 * How much of `date` the article states: `day`, `month`, `year`, or `reported` when the article gives no date
 * for the fact itself and `date` is the day it was reported.
 */
export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'reported']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A dated fact the articles name: a partner locality, a conference hosted, an agreement signed, an award. */
export const eventSchema = z
  .object({
    id: slugSchema,
    type: eventTypeSchema,
    entity: slugSchema,
    date: isoDateSchema,
    date_precision: datePrecisionSchema,
    /** Name as the article writes it. */
    name: z.string().trim().min(1),
    /** Country of a partner, ISO 3166-1 alpha-2 where one applies. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as JP' })
      .optional(),
    /** Kind of agreement, e.g. "memorandum of understanding", "letter of intent". */
    agreement: z.string().trim().min(1).optional(),
    source: slugSchema,
    evidence: z.string().trim().min(1, { error: 'evidence must not be empty: quote the phrase of the article that names it' }),
    evidence_en: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type DatedEvent = z.infer<typeof eventSchema>;
