/** An id as the data writes them (snake_case or a slug): no dots, no slashes, so it can be a file name as it is. */
const PLAIN_ID = /^[a-z0-9_-]+$/;

/**
 * The file of a CSV download in the static export, named plainly, as an analyst would name it:
 * - `/api/observations.csv` (every observation) and `/api/events.csv` stay where the Data Package says they are;
 * - `?indicator=fdi_attracted` is `/api/indicators/fdi_attracted.csv`, beside the indicator's JSON;
 * - `?indicator=fdi_attracted&entity=thu-dau-mot` is `/api/indicators/fdi_attracted/thu-dau-mot.csv`;
 * - `?entity=thu-dau-mot` is `/api/entities/thu-dau-mot.csv`;
 * - `lang=vi` adds `.vi` and `bom=1` adds `.excel` before `.csv`: `fdi_attracted.vi.excel.csv`.
 * Ids have no dots, so no two questions share a file. Undefined for a question the export holds no file for (a
 * span of years, several ids, a source, a type of event). The allowed `bom` and `lang` values are written here
 * rather than read from the CSV query schemas: this runs in the browser, and those schemas would add 1.3 KB gzip to
 * the first view (`pnpm bench`); `static-paths.test.ts` holds them to the schemas.
 */
function plainCsvPath(pathname: string, params: URLSearchParams): string | undefined {
  const file = /^\/api\/(observations|events)\.csv$/.exec(pathname)?.[1];
  const keys = [...params.keys()];
  if (!file || new Set(keys).size !== keys.length) return undefined;
  const { indicator, entity, bom = '0', lang = 'en', ...other } = Object.fromEntries(params);
  if (Object.keys(other).length > 0 || !['0', '1', 'true', 'false'].includes(bom) || !['en', 'vi'].includes(lang)) {
    return undefined;
  }
  if ([indicator, entity].some((id) => id !== undefined && !PLAIN_ID.test(id))) return undefined;
  if (file === 'events' && (indicator !== undefined || entity !== undefined || lang !== 'en')) return undefined;
  return `${csvBase(file, indicator, entity)}${lang === 'vi' ? '.vi' : ''}${bom === '1' || bom === 'true' ? '.excel' : ''}.csv`;
}

/** The file's path before its `.vi`, `.excel` and `.csv`: beside the indicator, the place, or the whole data. */
function csvBase(file: string, indicator: string | undefined, entity: string | undefined): string {
  if (file === 'events') return '/api/events';
  if (indicator !== undefined) return `/api/indicators/${indicator}${entity === undefined ? '' : `/${entity}`}`;
  if (entity !== undefined) return `/api/entities/${entity}`;
  return '/api/observations';
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

/** The `<meta name>` that marks a page of the static export, so the dashboard asks for files rather than the API. */
export const STATIC_SITE_META = 'bd-static-site';
