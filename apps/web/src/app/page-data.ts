import type { Locale } from '@bd/core';
import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client.ts';

/** What a server-rendered page carries beside its HTML, for the browser to hydrate it with. */
export interface PageData {
  /** The language the page was rendered in. */
  locale: Locale;
  /** The origin its absolute addresses were written with ('' for none). */
  origin: string;
  /**
   * The query string it was rendered for ('' or `?…`). A static export's file answers every query string of its
   * path: where the address asks for another (`?present=1`, `?lang=vi`), the browser draws the page itself.
   */
  search: string;
  /** The answers the page was rendered from, as TanStack Query dehydrates them. */
  queries: DehydratedState;
}

/** The id of the `<script type="application/json">` holding the page's data. */
export const PAGE_DATA_ID = 'bd-page-data';

/**
 * The page's data as the content of a JSON script. `<` is written as `\u003c`, so no text in the data (a title
 * holding `</script>`) can end the script early; JSON.parse reads it back the same.
 */
export function pageDataScript(data: PageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}

/** The data of the server-rendered page this is, or undefined (a page the browser renders alone). */
export function readPageData(document: Document): PageData | undefined {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PageData;
  } catch {
    return undefined;
  }
}

/** Puts the page's answers into `client`, the server's errors (a 404 for an unknown indicator) as errors again. */
export function hydratePageData(client: QueryClient, data: PageData): void {
  hydrate(client, data.queries);
  for (const query of client.getQueryCache().getAll()) {
    const revived = ApiError.revive(query.state.error);
    if (revived) query.setState({ error: revived });
  }
}

/** Whether the page was rendered for the query string `search` (the same parameters, in any order). */
export function renderedFor(data: PageData, search: string): boolean {
  const sorted = (text: string) => {
    const params = new URLSearchParams(text);
    params.sort();
    return params.toString();
  };
  return sorted(data.search) === sorted(search);
}
