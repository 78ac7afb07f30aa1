import type {
  CheckListAnswer,
  DatedEvent,
  Entity,
  Indicator,
  IndicatorListAnswer,
  Observation,
  Source,
  SourceListAnswer,
} from '@bd/core';
import recorded from './recorded-api-answers.json' with { type: 'json' };

/**
 * The API's real answers on the small data set in tests/fixtures/dashboard-data, by address with its exact query
 * string: recorded from the API app, and checked against it by the API's tests (test-fixtures/dashboard-answers.ts).
 */
export const recordedAnswers: Readonly<Record<string, { status: number; body: unknown }>> = recorded;

function answer<T>(url: string): T {
  const found = recordedAnswers[url];
  if (found?.status !== 200) throw new Error(`no recorded answer for ${url}`);
  return structuredClone(found.body) as T;
}

/** An answer other than 200 OK, for `mockFetch`: a plain value there is a JSON body served with 200. */
export class ApiAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/**
 * The small data set's sources, as `/api/sources/<id>` gives them; for one whose own answer is not recorded (the
 * administrative change's), its entry in `/api/sources` without the counts.
 */
export const sources: Source[] = answer<SourceListAnswer>('/api/sources').sources.map(
  ({ observation_count: _observations, event_count: _events, ...entry }) =>
    recordedAnswers[`/api/sources/${entry.id}`] ? answer<{ source: Source }>(`/api/sources/${entry.id}`).source : entry,
);

/**
 * Its indicators, as `/api/indicators/<id>` gives them; for one whose own answer is not recorded (the count of
 * provincial units a rank is among), its entry in `/api/indicators` without the counts.
 */
export const indicators: Indicator[] = answer<IndicatorListAnswer>('/api/indicators').indicators.map(
  ({ observation_count: _count, first_period: _first, last_period: _last, ...entry }) =>
    recordedAnswers[`/api/indicators/${entry.id}`]
      ? answer<{ indicator: Indicator }>(`/api/indicators/${entry.id}`).indicator
      : entry,
);

export const observations: Observation[] = answer<{ observations: Observation[] }>('/api/observations').observations;

/** The province's own observations, as a view asks for them (`?entity=binh-duong`): not the country's counts. */
export const provinceObservations: Observation[] = answer<{ observations: Observation[] }>(
  '/api/observations?entity=binh-duong',
).observations;

/** Every place the small data set describes: Binh Duong, first, and the city it became part of. */
export const entities: Entity[] = answer<{ entities: Entity[] }>('/api/entities').entities;

/** The place the small data set has values for, listed first. */
export const entity: Entity = entities[0]!;

/** Its events, as `/api/events` answers them. */
export const events: DatedEvent[] = answer<{ events: DatedEvent[] }>('/api/events').events;

/** `/api/checks` of the small data set. */
export function checksBody(): CheckListAnswer {
  return answer<CheckListAnswer>('/api/checks');
}

/**
 * The API's answers by address (path and exact query string), without its checks: `/api/checks` answers 503,
 * as when the checks cannot be had (see `apiBodiesWithChecks`).
 */
export function apiBodies(): Record<string, unknown> {
  const bodies: Record<string, unknown> = {};
  for (const [url, { status, body }] of Object.entries(recordedAnswers)) {
    bodies[url] = status === 200 ? structuredClone(body) : new ApiAnswer(status, structuredClone(body));
  }
  // An unknown indicator is unknown for every place: the API's 404 is the same with the entity asked for.
  bodies['/api/indicators/nope?entity=binh-duong'] = bodies['/api/indicators/nope'];
  bodies['/api/checks'] = new ApiAnswer(503, { error: 'The checks are not available', issues: [] });
  return bodies;
}

/** A partner locality the articles name, for tests of the partners list and map. */
export function partnerEvent(
  id: string,
  name: string,
  country: string | undefined,
  source = 'portal-2020-06-26',
  extra: Partial<DatedEvent> = {},
): DatedEvent {
  return {
    id,
    type: 'partner_locality',
    entity: 'binh-duong',
    date: '2020-06-23',
    date_precision: 'reported',
    name,
    ...(country ? { country } : {}),
    source,
    evidence: country ? `${name} (${country})` : name,
    ...extra,
  } as DatedEvent;
}
