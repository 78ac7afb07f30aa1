import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { translator } from './translate.ts';
import { vi } from './vi.ts';

describe('translator', () => {
  it('fills the slots of a message', () => {
    expect(translator('en')('slideLabel', { n: 3, total: 14 })).toBe('Slide 3 of 14');
    expect(translator('vi')('slideLabel', { n: 3, total: 14 })).toBe('Trang 3 trên 14');
  });

  it('gives the names the tests and presenters rely on', () => {
    expect([en.present, en.downloadCsv, en.table]).toEqual(['Present', 'Download CSV', 'Table']);
    expect([vi.present, vi.downloadCsv, vi.table]).toEqual(['Trình chiếu', 'Tải CSV', 'Bảng']);
  });

  it('tells how to reach a value’s source in words that fit a tap as well as a key', () => {
    expect(en.pointsLabel).toBe('Values in the chart: choose one to see its source');
    expect(vi.pointsLabel).not.toMatch(/Enter|nhấn/);
  });

  it('uses the same slots in both languages', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(slots(vi[key]), key).toEqual(slots(en[key]));
    }
  });
});
