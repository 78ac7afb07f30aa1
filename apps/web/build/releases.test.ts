import { describe, expect, it } from 'vitest';
import { releasesToRemove } from './releases.ts';

const r = (day: number) => `202612${String(day).padStart(2, '0')}T120000Z-a1b2c3`;

describe('releasesToRemove', () => {
  it('keeps the newest releases and the current one, removing the oldest first', () => {
    const names = [r(5), r(1), r(3), r(2), r(4)];
    expect(releasesToRemove(names, r(5), 2)).toEqual([r(1), r(2)]);
  });

  it('never removes the current release, even when it is the oldest (a build that was rolled back to)', () => {
    expect(releasesToRemove([r(1), r(2), r(3), r(4)], r(1), 2)).toEqual([r(2)]);
  });

  it('leaves alone what is not a finished release: a build under way, files an operator put there', () => {
    const names = [`.partial-${r(1)}`, 'README.txt', 'keep-me', r(2), r(3)];
    expect(releasesToRemove(names, r(3), 0)).toEqual([r(2)]);
  });

  it('removes nothing while there are no more than it keeps', () => {
    expect(releasesToRemove([r(1), r(2)], undefined, 4)).toEqual([]);
  });
});
