import { z } from 'zod';
import { bilingualTextSchema, snakeIdSchema } from './common.ts';
import { eventTypeSchema } from './event.ts';

export const unitSchema = z.enum(['count', 'USD', 'VND', 'percent', 'rank']);
export type Unit = z.infer<typeof unitSchema>;

/** stock: a level as of a date; flow: an amount over a period; rank: a position among peers. */
export const indicatorKindSchema = z.enum(['stock', 'flow', 'rank']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** A measured quantity, e.g. the number of partner localities. */
export const indicatorSchema = z
  .object({
    id: snakeIdSchema,
    name: bilingualTextSchema,
    description: bilingualTextSchema,
    unit: unitSchema,
    kind: indicatorKindSchema,
    /** Shown first on the overview when true. */
    headline: z.boolean().default(false),
    /** Where the sources define or count it differently. */
    note: bilingualTextSchema.optional(),
    /**
     * The events this indicator counts (`partner_locality` for partner localities): the checks compare every count
     * an article states with how many of these events the articles name.
     */
    counts_events: eventTypeSchema.optional(),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;
