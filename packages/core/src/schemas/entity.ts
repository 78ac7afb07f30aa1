import { z } from 'zod';
import { bilingualTextSchema, slugSchema } from './common.ts';

/** A place the indicators describe, e.g. the province of Binh Duong. */
export const entitySchema = z
  .object({
    id: slugSchema,
    name: bilingualTextSchema,
    country: z.string().trim().min(1),
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;
