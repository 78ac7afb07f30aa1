import { eventCsvQuerySchema, observationCsvQuerySchema } from './schemas/csv-query.ts';

/**
 * The file of a CSV download in the static export, named plainly, as an analyst would name it:
 * - `/api/observations.csv` (every observation) and `/api/events.csv` stay where the Data Package says they are;
 * - `?indicator=fdi_attracted` is `/api/indicators/fdi_attracted.csv`, beside the indicator's JSON;
 * - `?indicator=fdi_attracted&entity=thu-dau-mot` is `/api/indicators/fdi_attracted/thu-dau-mot.csv`;
 * - `?entity=thu-dau-mot` is `/api/entities/thu-dau-mot.csv`;
 * - `lang=vi` adds `.vi` and `bom=1` adds `.excel` before `.csv`: `fdi_attracted.vi.excel.csv`.
 * Ids have no dots (the query schemas say so), so no two questions share a file. Undefined for a question the export holds no file for (a
 * span of years, several ids, a source, a type of event).
 */
function plainCsvPath(pathname: string, params: URLSearchParams): string | undefined {
  const file = /^\/api\/(observations|events)\.csv$/.exec(pathname)?.[1];
  const keys = [...params.keys()];
  if (!file || new Set(keys).size !== keys.length) return undefined;
  const query = Object.fromEntries(params);
  const excel = (bom: boolean) => (bom ? '.excel' : '');
  if (file === 'events') {
    const events = eventCsvQuerySchema.safeParse(query);
    if (!events.success || events.data.type) return undefined;
    return `/api/events${excel(events.data.bom)}.csv`;
  }
  const asked = observationCsvQuerySchema.safeParse(query);
  if (!asked.success) return undefined;
  const { indicator, entity, source, from, to, bom, lang } = asked.data;
  if (source || from || to || (indicator?.length ?? 1) > 1 || (entity?.length ?? 1) > 1) return undefined;
  const [one, place] = [indicator?.[0], entity?.[0]];
  const base = one ? `/api/indicators/${one}${place ? `/${place}` : ''}` : place ? `/api/entities/${place}` : '/api/observations';
  return `${base}${lang === 'vi' ? '.vi' : ''}${excel(bom)}.csv`;
}

/**
 * Where an API answer is kept in the static export (`pnpm export`), so that a plain file server sends it with the
 * right content type: `/api/indicators/x` → `/api/indicators/x.json`; a query becomes the file's name inside a
 * folder of the path, its parameters sorted: `/api/observations?entity=a` → `/api/observations/entity=a.json`; a
 * path with an extension stays as it is (`/api/docs.css`). A CSV download gets a plain name (see `plainCsvPath`):
 * `/api/observations.csv?indicator=x&bom=1` → `/api/indicators/x.excel.csv`. The web app built for the export
 * asks for these paths; the exporter writes them.
 */
export function staticApiPath(url: string): string {
  const [pathname = '', search = ''] = url.split('?', 2);
  const plainCsv = plainCsvPath(pathname, new URLSearchParams(search));
  if (plainCsv) return plainCsv;
  const extension = /\.[a-z0-9]+$/i.exec(pathname)?.[0];
  const base = extension ? pathname.slice(0, -extension.length) : pathname;
  const query = [...new URLSearchParams(search)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return query === '' ? `${base}${extension ?? '.json'}` : `${base}/${query}${extension ?? '.json'}`;
}
