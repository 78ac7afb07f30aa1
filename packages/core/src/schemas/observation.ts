import { z } from 'zod';
import { isoDateSchema, slugSchema, snakeIdSchema } from './common.ts';

/** How the article qualifies a figure: "nearly 35 billion" is `nearly`, "over 4,400" is `more_than`. */
export const qualifierSchema = z.enum(['exact', 'about', 'nearly', 'more_than', 'at_least']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** `stated` by the article, or `derived` by the curator (e.g. a count of the items the article lists). */
export const methodSchema = z.enum(['stated', 'derived']);
export type Method = z.infer<typeof methodSchema>;

/** The longest evidence phrase a record may quote, in words: the proposer cuts its phrases to this too. */
export const MAX_EVIDENCE_WORDS = 40;
const evidenceSchema = z
  .string({ error: 'expected the verbatim phrase of the article' })
  .trim()
  .min(1, { error: 'evidence must not be empty: quote the phrase of the article that states the figure' })
  .refine((text) => text.split(/\s+/).length <= MAX_EVIDENCE_WORDS, {
    error: `evidence must be at most ${MAX_EVIDENCE_WORDS} words: quote the shortest phrase that states the figure`,
  });

/** One value of one indicator for one entity over one period, with its provenance. */
export const observationSchema = z
  .object({
    id: slugSchema,
    indicator: snakeIdSchema,
    entity: slugSchema,
    /** A stock's as-of date has start = end. */
    period_start: isoDateSchema,
    period_end: isoDateSchema,
    /** In base units: 42.4 billion USD is 42400000000. */
    value: z.number({ error: 'expected a number in base units, e.g. 42400000000 for 42.4 billion' }).finite(),
    qualifier: qualifierSchema,
    method: methodSchema,
    source: slugSchema,
    /** The shortest verbatim phrase of the article that states the figure, in the article's language. */
    evidence: evidenceSchema,
    /** English rendering, where the article is not English. */
    evidence_en: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((o) => o.period_end >= o.period_start, {
    error: 'period_end must not be before period_start',
    path: ['period_end'],
  });
export type Observation = z.infer<typeof observationSchema>;
