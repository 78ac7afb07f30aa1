import { z } from 'zod';
import { bilingualTextSchema, slugSchema, snakeIdSchema } from './common.ts';
import { type EntityKind, entityKindSchema } from './entity.ts';
import { eventTypeSchema } from './event.ts';

export const unitSchema = z.enum(['count', 'USD', 'VND', 'percent', 'rank']);
export type Unit = z.infer<typeof unitSchema>;

/** stock: a level as of a date; flow: an amount over a period; rank: a position among peers. */
export const indicatorKindSchema = z.enum(['stock', 'flow', 'rank']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** A measured quantity, e.g. the number of partner localities. */
export const indicatorSchema = z
  .object({
    id: snakeIdSchema,
    name: bilingualTextSchema,
    description: bilingualTextSchema,
    unit: unitSchema,
    kind: indicatorKindSchema,
    /** Shown first on the overview when true. */
    headline: z.boolean().default(false),
    /** Where the sources define or count it differently. */
    note: bilingualTextSchema.optional(),
    /**
     * The events this indicator counts (`partner_locality` for partner localities): the checks compare every count
     * an article states with how many of these events the articles name.
     */
    counts_events: eventTypeSchema.optional(),
    /**
     * For a rank, how many it is ranked among: the observations of `indicator` on `entity` (the count of
     * provincial-level units of the country), the latest on or before each rank's date.
     */
    peers: z.object({ indicator: snakeIdSchema, entity: slugSchema }).strict().optional(),
    /**
     * True for a stock that can go down for a reason of its own (units merging): a fall between two sources is no
     * disagreement then. Otherwise a stock is a level that only grows, and a fall is a check.
     */
    can_fall: z.boolean().optional(),
    /** The kinds of entity it describes, where not the provincial-level ones (a count of a country's units). */
    describes: z.array(entityKindSchema).min(1).optional(),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

/** The kinds of entity an indicator describes unless it says otherwise: provinces, cities and their parts. */
const PROVINCIAL_KINDS: readonly EntityKind[] = ['province', 'centrally_run_city', 'provincial_city'];

/** True when `indicator` describes entities of `kind` (a province's overview lists only those indicators). */
export function describesKind(indicator: Pick<Indicator, 'describes'>, kind: EntityKind): boolean {
  return (indicator.describes ?? PROVINCIAL_KINDS).includes(kind);
}
