import { type Dataset, eventTypeSchema } from '@bd/core';
import { staticApiPath } from '@bd/core/static-paths';
import { LOOKUP_TABLES } from '../exports/lookup-tables.ts';

/** One file of the static site that is an API answer: the URL the app answers, and where the file goes. */
export interface ApiFile {
  url: string;
  path: string;
}

/**
 * Every API answer the dashboard asks for, as the web app built with `--mode static` asks for it (see
 * `apiUrl` and `csvHref` in apps/web), and the documents a reader of the data wants beside it. A new view that
 * asks the API for something new adds it here.
 */
export function apiFiles(dataset: Dataset): ApiFile[] {
  const places = dataset.entities.length > 1 ? dataset.entities.map((e) => e.id) : [];
  const indicators = dataset.indicators.map((i) => i.id);
  // Each with and without a byte order mark, with English and with Vietnamese names, as csvHref asks for them.
  const variants: Record<string, string>[] = [{}, { bom: '1' }, { lang: 'vi' }, { bom: '1', lang: 'vi' }];
  const csv = (query: Record<string, string>) =>
    variants.map((options) => `/api/observations.csv${queryOf({ ...query, ...options })}`);
  const urls = [
    '/api/health',
    '/api/entities',
    '/api/indicators',
    '/api/sources',
    '/api/checks',
    '/api/events',
    ...eventTypeSchema.options.map((type) => `/api/events?type=${type}`),
    '/api/observations',
    ...places.map((entity) => `/api/observations?entity=${entity}`),
    ...indicators.flatMap((id) => [`/api/indicators/${id}`, ...places.map((entity) => `/api/indicators/${id}?entity=${entity}`)]),
    ...csv({}),
    ...places.flatMap((entity) => csv({ entity })),
    ...indicators.flatMap((indicator) => [...csv({ indicator }), ...places.flatMap((entity) => csv({ indicator, entity }))]),
    '/api/events.csv',
    '/api/events.csv?bom=1',
    // Beside datapackage.json, where it says they are.
    ...LOOKUP_TABLES.map((table) => `/api/${table.name}.csv`),
    '/api/datapackage.json',
    '/api/openapi.json',
    '/api/docs.css',
  ];
  return distinctPaths([
    ...urls.map((url) => ({ url, path: staticApiPath(url) })),
    { url: '/api/docs', path: '/api/docs/index.html' },
  ]);
}

/** The files, after making sure no two answers would be written to one file (an id that looks like another's). */
function distinctPaths(files: ApiFile[]): ApiFile[] {
  const byPath = new Map<string, string>();
  for (const { url, path } of files) {
    const other = byPath.get(path);
    if (other !== undefined) throw new Error(`${url} and ${other} would both be written to ${path}: rename one of the ids`);
    byPath.set(path, url);
  }
  return files;
}

function queryOf(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `?${query}` : '';
}
