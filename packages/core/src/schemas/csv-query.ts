import { csvOptionsSchema, eventQuerySchema, observationQuerySchema } from './query.ts';

/** Query of `/api/observations.csv`: the filters of `/api/observations` and `bom`. */
export const observationCsvQuerySchema = observationQuerySchema.safeExtend(csvOptionsSchema.shape);

/** Query of `/api/events.csv`: the filters of `/api/events` and `bom`. */
export const eventCsvQuerySchema = eventQuerySchema.safeExtend(csvOptionsSchema.shape);
