import path from 'node:path';
import { indicatorDetailAnswerSchema, peerCountOn } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../../../../data');

describe('GET /api/indicators/:id of a rank, on the real data', () => {
  it('carries the counts of its peers and their sources, so each rank says out of how many', async () => {
    const { app } = await fixtureApp(undefined, DATA_DIR);
    const res = await app.request('/api/indicators/fdi_national_rank?entity=binh-duong');
    const answer = indicatorDetailAnswerSchema.parse(await res.json());
    const counts = answer.peer_counts ?? [];
    expect(counts.map((c) => [c.period_end, c.value])).toEqual([
      ['2020-06-01', 63],
      ['2025-06-11', 63],
      ['2025-06-12', 34],
    ]);
    expect(answer.observations.map((o) => [o.value, peerCountOn(o.period_end, counts)?.value])).toEqual([
      [3, 63],
      [2, 63],
    ]);
    const sources = new Set(answer.sources.map((s) => s.id));
    expect(counts.every((c) => sources.has(c.source))).toBe(true);
  });

  it('carries no peer counts for an indicator that is not a rank', async () => {
    const { app } = await fixtureApp(undefined, DATA_DIR);
    const answer = indicatorDetailAnswerSchema.parse(await (await app.request('/api/indicators/partner_localities')).json());
    expect(answer.peer_counts).toBeUndefined();
  });
});
