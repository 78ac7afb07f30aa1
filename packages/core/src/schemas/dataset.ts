import { z } from 'zod';
import { entitySchema } from './entity.ts';
import { eventSchema } from './event.ts';
import { indicatorSchema } from './indicator.ts';
import { observationSchema } from './observation.ts';
import { sourceSchema } from './source.ts';

/** Everything the API serves, after loading and validation. */
export const datasetSchema = z.object({
  entities: z.array(entitySchema),
  indicators: z.array(indicatorSchema),
  sources: z.array(sourceSchema),
  observations: z.array(observationSchema),
  events: z.array(eventSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** `data/sources/<id>.yaml`: one article, the observations and the events it backs. */
export const sourceFileSchema = z
  .object({
    source: z.unknown(),
    observations: z.array(z.unknown()).default([]),
    events: z.array(z.unknown()).default([]),
  })
  .strict();
