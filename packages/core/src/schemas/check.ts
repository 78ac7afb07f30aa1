import { z } from 'zod';
import { bilingualTextSchema, slugSchema, snakeIdSchema } from './common.ts';
import { eventSchema } from './event.ts';
import { observationSchema } from './observation.ts';

/**
 * How the sources fail to add up: a stock that falls between two articles; two values for the same period; the
 * same figure qualified both ways at nearby dates; a stated count the named items fall short of, or exceed.
 */
export const checkKindSchema = z.enum([
  'stock_falls',
  'same_period_conflict',
  'qualifier_conflict',
  'named_short',
  'named_exceeds',
]);
export type CheckKind = z.infer<typeof checkKindSchema>;

/** The items the articles name against a stated count: how many, how many are missing or extra, and which. */
export const namedCountSchema = z.object({
  /** The least the stated value allows: 13 for "13", 36 for "more than 35". */
  stated: z.number().int(),
  count: z.number().int(),
  /** Stated but never named. */
  missing: z.number().int().min(0),
  /** Named beyond the stated count. */
  extra: z.number().int().min(0),
  events: z.array(eventSchema),
});
export type NamedCount = z.infer<typeof namedCountSchema>;

/** One place where the sources do not add up, derived from the data, with the records side by side. */
export const checkSchema = z.object({
  /** Stable while the records it concerns keep their ids: the anchor `#check-<id>` on /checks. */
  id: slugSchema,
  kind: checkKindSchema,
  indicator: snakeIdSchema,
  entity: slugSchema,
  /** A few words for a marker: "Falls from 4 to 3". */
  title: bilingualTextSchema,
  /** What does not add up, in a plain sentence. */
  sentence: bilingualTextSchema,
  /** The values the articles state, in series order. */
  observations: z.array(observationSchema).min(1),
  named: namedCountSchema.optional(),
  /** Every article involved, by publication date. */
  sources: z.array(slugSchema),
});
export type Check = z.infer<typeof checkSchema>;
