import { z } from 'zod';
import { localeSchema } from './common.ts';
import { csvOptionsSchema, eventQuerySchema, observationQuerySchema } from './query.ts';

/** `?lang=vi`: the indicators named in Vietnamese; English by default. */
export const csvLanguageSchema = z.object({
  lang: z.enum(localeSchema.options, { error: 'lang must be en or vi' }).default('en'),
});

/** Query of `/api/observations.csv`: the filters of `/api/observations`, `bom` and `lang`. */
export const observationCsvQuerySchema = observationQuerySchema.safeExtend({
  ...csvOptionsSchema.shape,
  ...csvLanguageSchema.shape,
});

/**
 * Query of `/api/events.csv`: the filters of `/api/events` and `bom`. No `lang`: an event's name is the article's,
 * in the article's language, and nothing else in the file is translated.
 */
export const eventCsvQuerySchema = eventQuerySchema.safeExtend(csvOptionsSchema.shape);
