import { csvOptionsSchema } from '@bd/core';
import { z } from 'zod';

/** The query of an endpoint that takes no parameters: any parameter is an error, as for the others. */
export const noQuerySchema = z.object({}).strict();

/** The `:id` of `/api/<resource>/:id`; an id that names nothing is a 404, not a 400. */
export const idParamSchema = z.object({ id: z.string() });

/** The query of a lookup table's CSV (`/api/entities.csv`): only `bom`. */
export const lookupTableQuerySchema = csvOptionsSchema.strict();
