import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventTypesIn } from '../lib/queries/event-queries.ts';
import { matchRoute, pageAddresses, viewRoutes } from './route-table.ts';

const webRoot = path.resolve(import.meta.dirname, '../..');

describe('the route table', () => {
  it('matches every page address to its view, with or without a trailing slash', () => {
    const addresses = pageAddresses(['fdi_attracted']);
    expect(addresses.map((a) => matchRoute(a, '').view)).toEqual([
      'overview',
      'sources',
      'timeline',
      'checks',
      'partners',
      'indicator',
      'embed',
    ]);
    expect(matchRoute('/indicators/fdi_attracted/', '?lang=vi')).toMatchObject({ view: 'indicator', indicator: 'fdi_attracted' });
    expect(matchRoute('/sources/', '').view).toBe('sources');
    expect(matchRoute('/indicators/%E0%A4%A', '').view).toBe('notFound');
    expect(matchRoute('/elsewhere', '').view).toBe('notFound');
  });

  it("names each view's code by a module that exists and that the router loads", () => {
    const router = readFileSync(path.join(webRoot, 'src/app/app-routes.tsx'), 'utf8');
    for (const route of Object.values(viewRoutes)) {
      if (route.module === undefined) continue;
      expect(existsSync(path.join(webRoot, route.module))).toBe(true);
      expect(router).toContain(`import('../${route.module.replace(/^src\//, '')}')`);
    }
  });

  it('asks the timeline for the event type the address names, and for every type otherwise', () => {
    expect(eventTypesIn(new URLSearchParams('type=conference'))).toEqual(['conference']);
    expect(eventTypesIn(new URLSearchParams('type=nonsense'))).toEqual([]);
    expect(eventTypesIn(new URLSearchParams(''))).toEqual([]);
  });
});
