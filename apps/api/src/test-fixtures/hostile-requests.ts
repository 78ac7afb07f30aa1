import { errorAnswerSchema } from '@bd/core';
import fc from 'fast-check';

/** Path segments the server knows: random requests should often come near a real route. */
const KNOWN_SEGMENTS = [
  'api',
  'health',
  'entities',
  'indicators',
  'observations',
  'observations.csv',
  'sources',
  'events',
  'events.csv',
  'entities.csv',
  'entity-changes.csv',
  'datapackage.json',
  'openapi.json',
  'docs',
  'docs.css',
  'partner_localities',
  'fdi_attracted',
  'binh-duong',
  'portal-2020-06-26-fdi',
  'assets',
  'index-abc123.js',
  'index.html',
  'favicon.svg',
  'timeline',
  'embed',
];

/** Broken percent-encoding, traversal, separators, markup, controls and non-ASCII. */
const NASTY = [
  '%E0%A4%A',
  '%',
  '%zz',
  '%00',
  '%2e%2e',
  '%2F',
  '%5C',
  '..',
  '.',
  '\\',
  '//',
  '<script>alert(1)</script>',
  '"',
  "'",
  '`',
  ';',
  '{x}',
  '+',
  '=',
  '&',
  '?',
  '#',
  ' ',
  'Bình Dương',
  '😀',
  '\u202e',
  '\u0000',
  '\u0007',
];

const nastyText = (maxLength: number) =>
  fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary-ascii', maxLength }));

const segment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_SEGMENTS) },
  { weight: 3, arbitrary: nastyText(12) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 100, maxLength: 3000 }) },
);

const QUERY_NAMES = ['indicator', 'entity', 'source', 'from', 'to', 'type', 'bom', 'x', ''];
const QUERY_VALUES = [
  '2020',
  '2020-06',
  '2024-02-30',
  '2024-13',
  '2024-02-29',
  'fdi_attracted',
  'partner_localities,fdi_attracted',
  ',,,',
  'binh-duong',
  'award,conference',
  '1',
  '0',
  'true',
  'yes',
  '',
];

const parameter = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_NAMES) }, { weight: 1, arbitrary: nastyText(8) }),
  fc.option(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...QUERY_VALUES) },
      { weight: 3, arbitrary: nastyText(20) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 4000, maxLength: 12_000 }) },
    ),
  ),
);

/** Every endpoint and a few pages and files of the web app. */
const ENDPOINTS = [
  '/api/health',
  '/api/entities',
  '/api/indicators',
  '/api/indicators/fdi_attracted',
  '/api/observations',
  '/api/observations.csv',
  '/api/sources',
  '/api/sources/portal-2020-06-26-fdi',
  '/api/events',
  '/api/events.csv',
  '/api/entities.csv',
  '/api/entity-changes.csv',
  '/api/datapackage.json',
  '/api/openapi.json',
  '/api/docs',
  '/api',
  '/',
  '/sources',
  '/embed/partner_localities',
  '/assets/index-abc123.js',
];

/** A known endpoint, or `/api/` or `/` then up to five segments, known or nasty. */
const requestPath = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ENDPOINTS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.boolean(), fc.array(segment, { maxLength: 5 }))
      .map(([api, segments]) => `/${[...(api ? ['api'] : []), ...segments].join('/')}`),
  },
);

/** A path, then up to six parameters, the first sometimes repeated. */
export const requestTarget = fc
  .record({ path: requestPath, parameters: fc.array(parameter, { maxLength: 6 }), repeatFirst: fc.boolean() })
  .map(({ path, parameters, repeatFirst }) => {
    const all = repeatFirst && parameters[0] ? [...parameters, parameters[0]] : parameters;
    const query = all.map(([name, value]) => (value === null ? name : `${name}=${value}`)).join('&');
    return `${path}${all.length > 0 ? `?${query}` : ''}`;
  });

/** Methods a fetch Request may carry (it refuses CONNECT, TRACE and TRACK), common and made up. */
export const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 1, arbitrary: fc.constant('HEAD') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'MKCOL', 'QUERY', 'LINK'),
  },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[A-Z][A-Z-]{0,9}$/).filter((m) => !['CONNECT', 'TRACE', 'TRACK'].includes(m)),
  },
);

const HEADER_NAMES = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'If-None-Match',
  'If-Modified-Since',
  'Range',
  'Origin',
  'Access-Control-Request-Method',
  'Access-Control-Request-Headers',
  'Cookie',
  'Authorization',
  'X-Forwarded-For',
  'X-Forwarded-Host',
  'X-HTTP-Method-Override',
  'Referer',
  'User-Agent',
  'Content-Type',
];

const HEADER_VALUES = [
  '*',
  '"abc"',
  'W/"abc"',
  'bytes=0-10',
  'bytes=-5',
  'gzip, br',
  'null',
  'https://evil.example',
  'GET',
  'DELETE',
  'text/html',
  'application/json',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

/** Visible ASCII, which every HTTP client sends as it is. */
const isVisibleAscii = (text: string) => /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(text);

export const headers = fc.dictionary(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HEADER_NAMES) },
    { weight: 1, arbitrary: fc.stringMatching(/^X-[A-Za-z0-9-]{1,12}$/) },
  ),
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 }).filter(isVisibleAscii) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 2000, maxLength: 6000 }).filter(isVisibleAscii) },
  ),
  { maxKeys: 4 },
);

export interface HostileRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
}

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.record({ method, target: requestTarget, headers });

/**
 * The security headers every answer carries, whatever it is: scripts from this origin only (none inline), no
 * sniffing, a referrer policy, fullscreen for this origin, and framing by this origin only. An embed, under
 * `/embed/`, may be framed by any site, unless the request never reached the app (then the stricter policy).
 */
export function securityHeaderProblems(headers: Headers, pathname = '/'): string[] {
  const problems: string[] = [];
  const csp = headers.get('Content-Security-Policy') ?? '';
  const embed = pathname.startsWith('/embed/') && csp.includes('frame-ancestors *');
  if (!/(^|; )script-src 'self'(;|$)/.test(csp)) problems.push(`CSP without script-src 'self' alone: "${csp}"`);
  if (!csp.includes(`frame-ancestors ${embed ? '*' : "'self'"}`)) problems.push(`CSP with the wrong frame-ancestors: "${csp}"`);
  const expected: [string, string | null][] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'fullscreen=(self)'],
    ['X-Frame-Options', embed ? null : 'SAMEORIGIN'],
  ];
  for (const [name, value] of expected) {
    if (headers.get(name) !== value) problems.push(`${name} is ${headers.get(name)}, expected ${value}`);
  }
  return problems;
}

/** Problems with an answer's body: a 4xx about the API must be JSON `{error, issues: [{path, message}]}`. */
export function errorShapeProblems(pathname: string, method: string, status: number, headers: Headers, body: string): string[] {
  if (status < 400 || status >= 500 || method === 'HEAD' || !pathname.startsWith('/api')) return [];
  if (!(headers.get('Content-Type') ?? '').startsWith('application/json')) {
    return [`${status} for ${pathname} is ${headers.get('Content-Type')}, not JSON`];
  }
  try {
    const parsed = errorAnswerSchema.safeParse(JSON.parse(body));
    return parsed.success ? [] : [`${status} body is not {error, issues}: ${body.slice(0, 200)}`];
  } catch {
    return [`${status} body is not JSON: ${body.slice(0, 200)}`];
  }
}
