/**
 * The headers a static host must add to serve the export as the dashboard's own server serves it, written beside
 * the site by `pnpm export`: `_headers` (read by Cloudflare Pages and Netlify) and `nginx-headers.conf` (to include
 * in an nginx `server` block). The values are taken from the answers of the app itself, so the security headers are
 * said once, in http/security.ts: a header added there reaches both files.
 */

/** The headers the app sends, by the kind of address (each from one of its answers). */
export interface AnswerHeaders {
  /** A page, a file or an API answer: framed only by the site itself. */
  page: Headers;
  /** `/embed/<indicator>`: framed by any site. */
  embed: Headers;
  /** An API answer: readable from any origin (CORS). */
  api: Headers;
}

/** Headers that belong to one answer (its type, length, caching, version), not to every answer of a path. */
const PER_ANSWER = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'data-version',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'transfer-encoding',
  'vary',
]);

/** Hashed scripts and styles never change under their name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Pairs = [name: string, value: string][];

/** The headers of `headers` a host adds to every answer of its kind, with their names as the server writes them. */
function standing(headers: Headers, { cors = false } = {}): Pairs {
  return [...headers]
    .filter(([name]) => !PER_ANSWER.has(name) && (cors || !name.startsWith('access-control-')))
    .map(([name, value]) => [displayName(name), value]);
}

/** `x-content-type-options` as `X-Content-Type-Options`. */
function displayName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/**
 * `_headers` for the export. No rule covers every path (`/*`): such a host joins the values of two rules matching
 * one path with a comma, which for an embed would give two CSPs, the stricter forbidding its frame. So the pages'
 * own rules name their folders (`sections`, the first segment of every page address, such as `indicators`).
 */
export function headersFile(answers: AnswerHeaders, sections: readonly string[]): string {
  const page = standing(answers.page);
  const rule = (path: string, pairs: Pairs) => [path, ...pairs.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [
    rule('/', page),
    rule('/index.html', page),
    rule('/404.html', page),
    rule('/favicon.svg', page),
    rule('/robots.txt', page),
    ...sections.filter((s) => s !== 'embed' && s !== 'api' && s !== 'assets').map((s) => rule(`/${s}/*`, page)),
    rule('/previews/*', page),
    rule('/assets/*', [...page, ['Cache-Control', IMMUTABLE]]),
    rule('/api/*', standing(answers.api, { cors: true })),
    rule('/embed/*', standing(answers.embed)),
  ];
  return `# The headers the dashboard's own server sends, for a static host that reads _headers (Cloudflare Pages, Netlify).
# Written by pnpm export from the server's answers: change them in apps/api/src/http/security.ts, not here.
# Embeds (/embed/*) may be framed by any site; everything else only by the site itself.
${rules.join('\n')}
`;
}

/**
 * An nginx snippet for the export: `include` it inside the `server` block whose `root` is the export's folder.
 * nginx drops a level's `add_header` lines in any location that has its own, so each location says them all; and
 * Debian's mime.types has no type for CSV, which would go out as application/octet-stream.
 */
export function nginxSnippet(answers: AnswerHeaders): string {
  const adds = (pairs: Pairs, indent: string) =>
    pairs.map(([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`).join('\n');
  const page = standing(answers.page);
  return `# The headers and types the dashboard's own server sends, for nginx serving the static export.
# Written by pnpm export: include it in the server block whose root is the export's folder, e.g.
#   server { listen 80; root /srv/dashboard; include /srv/dashboard/nginx-headers.conf; }
# Change the headers in apps/api/src/http/security.ts, not here.
index index.html;
error_page 404 /404.html;
${adds(page, '')}

location / {
${adds(page, '  ')}
  try_files $uri $uri/index.html $uri/ =404;
}

location /assets/ {
${adds(page, '  ')}
  add_header Cache-Control "${IMMUTABLE}" always;
  gzip_static on;
}

location /embed/ {
${adds(standing(answers.embed), '  ')}
  try_files $uri $uri/index.html $uri/ =404;
}

location /api/ {
${adds(standing(answers.api, { cors: true }), '  ')}
  location ~ \\.csv$ {
    types { }
    default_type "text/csv; charset=utf-8";
${adds(standing(answers.api, { cors: true }), '    ')}
  }
}
`;
}
