import type { Entity } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { entities, events, sources } from '../test-fixtures.ts';
import {
  chartChangesOf,
  entityLifeOf,
  entityOptionLabel,
  lifeSentence,
  lifeSources,
  lifeWithSources,
} from './entity-life-line.ts';
import { translator } from './i18n/translate.ts';

const en = translator('en');
const vi = translator('vi');

const city = (id: string, name: string): Entity => ({ id, name: { en: name, vi: name }, kind: 'provincial_city', country: 'VN' });

/** A province that ended on 30 June 2025 in the way given, into the entities given. */
function endedAs(how: 'merged_into' | 'split_into' | 'renamed', successors: Entity[]): Entity[] {
  const province: Entity = {
    id: 'old',
    name: { en: 'Old province', vi: 'Tỉnh Cũ' },
    kind: 'province',
    country: 'VN',
    ended: '2025-06-30',
    became: successors.map((s) => ({ entity: s.id, date: '2025-07-01', how, event: 'change' })),
  };
  return [province, ...successors];
}

describe('entityLifeOf', () => {
  it('finds the recorded province’s end, its successor, and the event and source that state it', () => {
    const life = entityLifeOf('binh-duong', entities, events, sources);
    expect(life).toMatchObject({ ended: '2025-06-30', date: '2025-07-01', how: 'merged_into' });
    expect(life?.successors).toEqual([{ en: 'Ho Chi Minh City', vi: 'Thành phố Hồ Chí Minh' }]);
    expect(life?.citations.map((c) => [c.event.id, c.source?.id])).toEqual([
      ['merger-2025-07-01-ho-chi-minh-city', 'laodong-2025-06-16'],
    ]);
    expect(life && lifeSources(life).map((s) => s.publisher)).toEqual(['Lao Dong (English edition)']);
  });

  it('takes the first entity listed where the view names none, as a view of a one-entity data set does', () => {
    expect(entityLifeOf(undefined, entities, events, sources)?.entity.id).toBe('binh-duong');
  });

  it('says nothing of an entity that has not ended, nor of one it does not know', () => {
    expect(entityLifeOf('ho-chi-minh-city', entities, events, sources)).toBeUndefined();
    expect(entityLifeOf('nowhere', entities, events, sources)).toBeUndefined();
  });

  it('keeps the life without a citation when the event is not among those given', () => {
    expect(entityLifeOf('binh-duong', entities, [], sources)?.citations).toEqual([]);
  });
});

describe('lifeSentence', () => {
  it('says the end and the successor as each language writes it', () => {
    const life = entityLifeOf('binh-duong', entities, events, sources)!;
    expect(lifeSentence(life, 'en', en)).toBe(
      'Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City',
    );
    expect(lifeSentence(life, 'vi', vi)).toBe('Tỉnh Bình Dương (đến 30/6/2025), nay thuộc Thành phố Hồ Chí Minh');
    expect(lifeWithSources(life, 'vi', vi)).toBe(
      'Tỉnh Bình Dương (đến 30/6/2025), nay thuộc Thành phố Hồ Chí Minh. Nguồn: Lao Dong (English edition), khoảng ngày 16 tháng 6 năm 2025',
    );
  });

  it('reads right for a split into several and for a renaming', () => {
    const split = entityLifeOf('old', endedAs('split_into', [city('a', 'A city'), city('b', 'B city')]), [], [])!;
    expect(lifeSentence(split, 'en', en)).toBe(
      'Old province, until 30 June 2025; since 1 July 2025 divided into A city and B city',
    );
    expect(lifeSentence(split, 'vi', vi)).toBe('Tỉnh Cũ (đến 30/6/2025), nay chia thành A city và B city');
    const renamed = entityLifeOf('old', endedAs('renamed', [city('n', 'New city')]), [], [])!;
    expect(lifeSentence(renamed, 'en', en)).toBe('Old province, until 30 June 2025; since 1 July 2025 named New city');
    expect(lifeSentence(renamed, 'vi', vi)).toBe('Tỉnh Cũ (đến 30/6/2025), nay đổi tên thành New city');
  });
});

describe('entityOptionLabel', () => {
  it('adds the end date to a former entity, once', () => {
    const [binhDuong, hcmc] = entities as [Entity, Entity];
    expect(entityOptionLabel(binhDuong, 'en', en)).toBe('Binh Duong province (until 30 June 2025)');
    expect(entityOptionLabel(binhDuong, 'vi', vi)).toBe('Tỉnh Bình Dương (đến 30/6/2025)');
    expect(entityOptionLabel(hcmc, 'en', en)).toBe('Ho Chi Minh City');
    const named = { ...binhDuong, name: { en: 'Ho Chi Minh City (until 30 June 2025)', vi: 'TP. HCM (đến 30/6/2025)' } };
    expect(entityOptionLabel(named, 'en', en)).toBe('Ho Chi Minh City (until 30 June 2025)');
    expect(entityOptionLabel(named, 'vi', vi)).toBe('TP. HCM (đến 30/6/2025)');
  });
});

describe('chartChangesOf', () => {
  it('gives the change’s first day, a short label and the sentence the summary adds', () => {
    const life = entityLifeOf('binh-duong', entities, events, sources);
    expect(chartChangesOf(life, 'en', en)).toEqual([
      {
        date: '2025-07-01',
        label: 'Merged into Ho Chi Minh City',
        description:
          'A vertical line marks 1 July 2025: Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City.',
      },
    ]);
    expect(chartChangesOf(life, 'vi', vi)[0]?.label).toBe('Sáp nhập vào Thành phố Hồ Chí Minh');
    expect(chartChangesOf(undefined, 'en', en)).toEqual([]);
  });
});
