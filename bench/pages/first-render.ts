import { type Figure, figure, median } from '../support/figures.ts';
import { timeRequest } from '../support/http-get.ts';

const GROUP = 'Page rendered on first request';

/**
 * The first page request after the server started: the renderer's bundle is loaded and its chart worker (jsdom,
 * React DOM, recharts) started on it, then the page is rendered. Must be the first page the server is asked for.
 */
export async function measureColdRender(siteUrl: string, pagePath: string): Promise<Figure[]> {
  const ms = await timeRequest(`${siteUrl}${pagePath}`);
  return [
    figure(
      GROUP,
      `${pagePath}, the first page asked for after start`,
      ms,
      'ms',
      undefined,
      'loads the server renderer and starts its chart worker; the server had answered only /api/health',
    ),
  ];
}

/**
 * Pages not yet cached, on a warm server: every indicator's page is rendered once in English (which warms the
 * renderer), then each is asked for in Vietnamese (`?lang=vi`), an address never asked for before, so each is
 * rendered with its chart; then the same address again, now from the cache.
 */
export async function measureFreshRenders(siteUrl: string): Promise<Figure[]> {
  const { indicators } = (await (await fetch(`${siteUrl}/api/indicators`)).json()) as { indicators: { id: string }[] };
  const pageOf = (id: string, search = '') => `${siteUrl}/indicators/${encodeURIComponent(id)}${search}`;
  for (const { id } of indicators) await timeRequest(pageOf(id));
  const fresh: number[] = [];
  for (const { id } of indicators) fresh.push(await timeRequest(pageOf(id, '?lang=vi')));
  const cached: number[] = [];
  for (const { id } of indicators) cached.push(await timeRequest(pageOf(id, '?lang=vi')));
  const overview = await timeRequest(`${siteUrl}/?lang=vi`);
  const n = indicators.length;
  return [
    figure(
      GROUP,
      '/indicators/:id?lang=vi, an address not yet cached, warm server',
      median(fresh),
      'ms',
      undefined,
      `median of the ${n} indicators' pages, one chart each drawn in the jsdom worker; slowest ${Math.max(...fresh).toFixed(0)} ms`,
    ),
    figure(
      GROUP,
      'the same addresses again, from the page cache',
      median(cached),
      'ms',
      undefined,
      `median of ${n}, a new connection each`,
    ),
    figure(
      GROUP,
      '/?lang=vi, the overview not yet cached, warm server',
      overview,
      'ms',
      undefined,
      'its trend lines are plain SVG',
    ),
  ];
}
