import { z } from 'zod';

/**
 * Where a partner locality is: its own province, state, region or city, as the reference geography gives it, found
 * by `pnpm places` from its country and its name as the article writes it.
 */
export const partnerPlaceSchema = z.object({
  kind: z.enum(['subdivision', 'city']),
  name: z.string().min(1),
  /** ISO 3166-2 code of the subdivision: the place itself, or the one a city lies in. */
  subdivision: z.string().min(1),
  /** That subdivision's name, for a city. */
  subdivisionName: z.string().optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** `name`: the article's name is the reference's; `spelling`: the reference's nearest spelling of it. */
  match: z.enum(['name', 'spelling']),
  /** The region of the world its country lies in, as the reference names it ("Europe", "Asia"…). */
  region: z.string().optional(),
});

/** The file the map reads the places from: the reference they come from, and each place by `namedItemKey`. */
export const partnerPlacesSchema = z.object({
  source: z.string().min(1),
  places: z.record(z.string(), partnerPlaceSchema),
});

export type PartnerPlace = z.infer<typeof partnerPlaceSchema>;
export type PartnerPlaces = z.infer<typeof partnerPlacesSchema>;
