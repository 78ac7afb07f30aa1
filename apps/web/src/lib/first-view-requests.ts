/**
 * The API answers the first view at an address asks for before anything else, known from the address alone: an
 * indicator opened from a link needs the list of places and the indicator's series. `route-preload.js` (written
 * by `build/route-preload.ts`) asks for them from <head>, before the main bundle has even loaded, and
 * `prefetchRouteData` then asks for the same addresses and gets the preloaded answers.
 *
 * Self-contained on purpose (no imports, nothing from outside the function): the build copies its source into
 * route-preload.js.
 */
export function firstViewRequests(pathname: string, search: string): string[] {
  const indicator = /^\/indicators\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (!indicator) return [];
  let id: string;
  try {
    id = encodeURIComponent(decodeURIComponent(indicator));
  } catch {
    return []; // a malformed address: the view says so itself
  }
  const entity = new URLSearchParams(search).get('entity');
  return ['/api/entities', entity ? `/api/indicators/${id}?entity=${encodeURIComponent(entity)}` : `/api/indicators/${id}`];
}
