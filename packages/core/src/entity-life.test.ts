import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entitiesBySuccessor, existedOn, lineageOf, predecessorsOf, successionsOf } from './entity-life.ts';
import type { Entity } from './schemas/entity.ts';

const province = (id: string, life: Partial<Entity> = {}): Entity => ({
  id,
  name: { en: id, vi: id },
  kind: 'province',
  country: 'VN',
  ...life,
});
const mergedInto = (successor: string): Partial<Entity> => ({
  ended: '2025-06-30',
  became: [{ entity: successor, date: '2025-07-01', how: 'merged_into', event: `merger-${successor}` }],
});

const city = province('hcmc', { kind: 'centrally_run_city', began: '2025-07-01' });
const binhDuong = province('binh-duong', mergedInto('hcmc'));
const vungTau = province('ba-ria-vung-tau', mergedInto('hcmc'));
const entities = [binhDuong, vungTau, city];

describe('an entity’s life', () => {
  it('existed from its first day to its last, both included', () => {
    expect(existedOn(binhDuong, '2020-06-23')).toBe(true);
    expect(existedOn(binhDuong, '2025-06-30')).toBe(true);
    expect(existedOn(binhDuong, '2025-07-01')).toBe(false);
    expect(existedOn(city, '2025-06-30')).toBe(false);
    expect(existedOn(city, '2025-07-01')).toBe(true);
    expect(existedOn(province('unknown-life'), '1900-01-01')).toBe(true);
  });

  it('names each successor, and leaves one that is not in the data unnamed rather than guessed', () => {
    expect(successionsOf(binhDuong, entities)).toEqual([{ ...binhDuong.became?.[0], successor: city }]);
    expect(successionsOf(binhDuong, [binhDuong])[0]?.successor).toBeUndefined();
    expect(successionsOf(city, entities)).toEqual([]);
  });

  it('follows a lineage through every change to the entities that still exist', () => {
    const renamed = province('hcmc-2030', { kind: 'centrally_run_city', began: '2030-01-01' });
    const hcmcThenRenamed = {
      ...city,
      ended: '2029-12-31',
      became: [{ entity: 'hcmc-2030', date: '2030-01-01', how: 'renamed' as const, event: 'rename' }],
    };
    expect(lineageOf('binh-duong', [binhDuong, hcmcThenRenamed, renamed]).map((e) => e.id)).toEqual(['hcmc', 'hcmc-2030']);
    expect(predecessorsOf('hcmc', entities).map((e) => e.id)).toEqual(['binh-duong', 'ba-ria-vung-tau']);
  });

  it('lists former entities under the one they became, for the selector', () => {
    expect(entitiesBySuccessor(entities).map(({ entity, predecessors }) => [entity.id, predecessors.map((p) => p.id)])).toEqual([
      ['hcmc', ['binh-duong', 'ba-ria-vung-tau']],
    ]);
    expect(entitiesBySuccessor([binhDuong]).map(({ entity }) => entity.id)).toEqual(['binh-duong']);
  });

  it('ends every lineage, each entity once, and lists every entity once in the selector, whatever the changes (loops included)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graph = fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 10 });
    fc.assert(
      fc.property(graph, (edges) => {
        const all = ids.map((id) => {
          const next = edges.filter(([from]) => from === id).map(([, to]) => to);
          return next.length === 0
            ? province(id)
            : province(id, {
                ended: '2025-06-30',
                became: next.map((to) => ({ entity: to, date: '2025-07-01', how: 'split_into' as const, event: 'e' })),
              });
        });
        for (const id of ids) {
          const lineage = lineageOf(id, all).map((e) => e.id);
          expect(new Set(lineage).size).toBe(lineage.length);
          expect(lineage).not.toContain(id);
        }
        const listed = entitiesBySuccessor(all).flatMap(({ entity, predecessors }) => [
          entity.id,
          ...predecessors.map((p) => p.id),
        ]);
        expect(listed.toSorted()).toEqual(ids);
      }),
    );
  });
});
