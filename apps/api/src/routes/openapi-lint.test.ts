import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';

describe('the served /api/openapi.json', () => {
  it("passes Redocly's recommended rules", async () => {
    const { app } = await fixtureApp();
    const source = await (await app.request('/api/openapi.json')).text();
    const config = await createConfig({
      extends: ['recommended'],
      // No licence is stated for the API or its data: the articles' terms are not known (see dataPackage).
      rules: { 'info-license': 'off' },
    });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    // `GET /api` is documented as what it is, a 302 to the reference page: it has no 2XX answer to give.
    const redirect = (p: (typeof problems)[number]) =>
      p.ruleId === 'operation-2xx-response' && p.location[0]?.pointer === '#/paths/~1api/get/responses';
    expect(problems.filter((p) => !redirect(p)).map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
  });
});
