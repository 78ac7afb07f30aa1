import { apiBodies, checksBody } from './test-fixtures.ts';

export { checksBody, events } from './test-fixtures.ts';

/** The API bodies of the small data set with its checks. */
export function apiBodiesWithChecks(): Record<string, unknown> {
  return { ...apiBodies(), '/api/checks': checksBody() };
}
