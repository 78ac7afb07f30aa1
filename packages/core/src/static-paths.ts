/**
 * Where an API answer is kept in the static export (`pnpm export`), so that a plain file server sends it with the
 * right content type: `/api/indicators/x` → `/api/indicators/x.json`; a query becomes the file's name inside a
 * folder of the path, its parameters sorted: `/api/observations?entity=a` → `/api/observations/entity=a.json`,
 * `/api/observations.csv?bom=1` → `/api/observations/bom=1.csv`; a path with an extension stays as it is
 * (`/api/docs.css`). The web app built for the export asks for these
 * paths; the exporter writes them.
 */
export function staticApiPath(url: string): string {
  const [pathname = '', search = ''] = url.split('?', 2);
  const extension = /\.[a-z0-9]+$/i.exec(pathname)?.[0];
  const base = extension ? pathname.slice(0, -extension.length) : pathname;
  const query = [...new URLSearchParams(search)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return query === '' ? `${base}${extension ?? '.json'}` : `${base}/${query}${extension ?? '.json'}`;
}
