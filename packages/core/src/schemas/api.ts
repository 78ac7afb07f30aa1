import { z } from 'zod';
import { checkSchema } from './check.ts';
import { entitySchema } from './entity.ts';
import { eventSchema } from './event.ts';
import { indicatorSchema } from './indicator.ts';
import { observationSchema } from './observation.ts';
import { sourceSchema } from './source.ts';

/** The body of every 4xx answer: what was wrong and where. */
export const errorAnswerSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

/**
 * A process's health: alive, and what it serves. `ok`: serving the data its folder holds; `data_refused`: the last
 * reload was refused (see `last_refused_reload`) and the last good data is still served; `draining`: stopping after
 * SIGTERM, finishing its requests (see `/api/ready`).
 */
export const healthAnswerSchema = z.object({
  status: z.enum(['ok', 'data_refused', 'draining']),
  /** Hash of the data files' content: changes whenever the data does. */
  data_version: z.string(),
  loaded_at: z.string(),
  counts: z.object({
    entities: z.number().int(),
    indicators: z.number().int(),
    sources: z.number().int(),
    observations: z.number().int(),
    events: z.number().int(),
  }),
  /**
   * The last change of the data served, record by record against the last good data; null when the server has
   * served this data since it started without comparing (nothing earlier to compare with, or nothing changed).
   */
  last_change: z
    .object({
      at: z.string(),
      compared_with: z.string(),
      from_version: z.string(),
      summary: z.string(),
      added: z.number().int(),
      removed: z.number().int(),
      changed: z.number().int(),
    })
    .nullable(),
  /**
   * The build of the dashboard this process serves (its release under apps/web/releases, see `pnpm build`), fixed
   * when it started; null when WEB_DIST names a build that is not a release, or nothing is built.
   */
  dashboard_release: z.string().nullable(),
  /** The last reload refused since the data folder was last read successfully; null when there is none. */
  last_refused_reload: z
    .object({
      at: z.string(),
      reason: z.string(),
      /** The data version served instead. */
      kept_version: z.string(),
    })
    .nullable(),
});
export type HealthAnswer = z.infer<typeof healthAnswerSchema>;

/** Whether a process takes requests: data loaded and not draining (503 with `ready: false` while draining). */
export const readyAnswerSchema = z.object({
  ready: z.boolean(),
  status: z.enum(['ready', 'draining']),
  data_version: z.string(),
});
export type ReadyAnswer = z.infer<typeof readyAnswerSchema>;

export const indicatorSummarySchema = indicatorSchema.extend({
  observation_count: z.number().int(),
  first_period: z.string().optional(),
  last_period: z.string().optional(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const indicatorListAnswerSchema = z.object({ indicators: z.array(indicatorSummarySchema) });
export type IndicatorListAnswer = z.infer<typeof indicatorListAnswerSchema>;

/** One indicator, its observations sorted by period end (and a rank's peer counts), and the sources they cite. */
export const indicatorDetailAnswerSchema = z.object({
  indicator: indicatorSchema,
  /** For a rank, the counts of its peers (see `peers`): the latest on or before a rank's date is what it is among. */
  peer_counts: z.array(observationSchema).optional(),
  observations: z.array(observationSchema),
  sources: z.array(sourceSchema),
});
export type IndicatorDetailAnswer = z.infer<typeof indicatorDetailAnswerSchema>;

export const observationListAnswerSchema = z.object({
  count: z.number().int(),
  observations: z.array(observationSchema),
});
export type ObservationListAnswer = z.infer<typeof observationListAnswerSchema>;

export const sourceSummarySchema = sourceSchema.extend({
  observation_count: z.number().int(),
  event_count: z.number().int(),
});
export const sourceListAnswerSchema = z.object({ sources: z.array(sourceSummarySchema) });
export type SourceListAnswer = z.infer<typeof sourceListAnswerSchema>;

/** One article with every observation and event it backs. */
export const sourceDetailAnswerSchema = z.object({
  source: sourceSchema,
  observations: z.array(observationSchema),
  events: z.array(eventSchema),
});
export type SourceDetailAnswer = z.infer<typeof sourceDetailAnswerSchema>;

export const eventListAnswerSchema = z.object({ events: z.array(eventSchema) });
export type EventListAnswer = z.infer<typeof eventListAnswerSchema>;

export const entityListAnswerSchema = z.object({ entities: z.array(entitySchema) });
export type EntityListAnswer = z.infer<typeof entityListAnswerSchema>;

/** Every place the sources do not add up, and the articles involved. */
export const checkListAnswerSchema = z.object({ checks: z.array(checkSchema), sources: z.array(sourceSchema) });
export type CheckListAnswer = z.infer<typeof checkListAnswerSchema>;
