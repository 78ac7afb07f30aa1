import { z } from 'zod';
import { bilingualTextSchema, isoDateSchema, slugSchema } from './common.ts';

/**
 * What kind of administrative unit an entity is: Vietnam's provincial level has provinces and centrally-run cities;
 * a provincial city (Thu Dau Mot) lies within a province; a country holds what is counted of it as a whole (how
 * many provincial-level units it has, the peers a province's rank is among).
 */
export const entityKindSchema = z.enum(['province', 'centrally_run_city', 'provincial_city', 'country']);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** How an entity's life ended in another's: merged into it, split into several, or renamed as it. */
export const entityChangeHowSchema = z.enum(['merged_into', 'split_into', 'renamed']);
export type EntityChangeHow = z.infer<typeof entityChangeHowSchema>;

/**
 * One successor of an entity that ended. The change itself is an event (`type: administrative_change`) in the
 * file of the source that states it, with that source's own words as its evidence, as every value is cited.
 */
export const entityChangeSchema = z
  .object({
    /** The successor's id, in entities.yaml. */
    entity: slugSchema,
    /** The first day of the successor: the day after the entity's `ended`. */
    date: isoDateSchema,
    how: entityChangeHowSchema,
    /** The id of the event that records the change. */
    event: slugSchema,
  })
  .strict();
export type EntityChange = z.infer<typeof entityChangeSchema>;

/**
 * A place the indicators describe, e.g. the province of Binh Duong, with its life where it is known: the first
 * and last day it existed as this entity, and what it became.
 */
export const entitySchema = z
  .object({
    id: slugSchema,
    name: bilingualTextSchema,
    kind: entityKindSchema,
    country: z.string().trim().min(1),
    /** Its first day, where a source gives it (a successor's is its change's date). */
    began: isoDateSchema.optional(),
    /** Its last day: no value may be dated after it. */
    ended: isoDateSchema.optional(),
    /** What it became on the day after `ended`. */
    became: z.array(entityChangeSchema).min(1).optional(),
  })
  .strict()
  .superRefine((entity, ctx) => {
    if (entity.began && entity.ended && entity.began > entity.ended) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: `ended ${entity.ended} is before began ${entity.began}` });
    }
    if (entity.became && !entity.ended) {
      ctx.addIssue({ code: 'custom', path: ['ended'], message: 'an entity that became another needs its last day: add ended' });
    }
    for (const [i, change] of (entity.became ?? []).entries()) {
      if (entity.ended && change.date <= entity.ended) {
        ctx.addIssue({
          code: 'custom',
          path: ['became', i, 'date'],
          message: `the change on ${change.date} must come after the last day, ended ${entity.ended}`,
        });
      }
    }
  });
export type Entity = z.infer<typeof entitySchema>;
