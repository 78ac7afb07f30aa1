import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.ts';

/** An article the data is taken from: the provenance of every value. */
export const sourceSchema = z
  .object({
    id: slugSchema,
    title: z.string().trim().min(1),
    /** True where the article has no title of its own and `title` was written by the curator. */
    title_supplied: z.boolean().default(false),
    publisher: z.string().trim().min(1),
    published: isoDateSchema,
    /** True where the article gives no publication date and `published` is the curator's best reading. */
    published_approximate: z.boolean().default(false),
    /** BCP 47 language tag of the article text: en, nl, vi… */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 tag such as en, nl or vi' }),
    /** Only where the article itself gives one. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    author: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
