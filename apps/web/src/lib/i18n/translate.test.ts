import type { PluralForms } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en.ts';
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

  it('uses the same slots in both languages and in every plural form', () => {
    const forms = (message: string | PluralForms) => (typeof message === 'string' ? [message] : Object.values(message));
    const slots = (message: string | PluralForms) => [
      ...new Set(
        forms(message).map((text) =>
          [...text.matchAll(/\{(\w+)\}/g)]
            .map((m) => m[1])
            .sort()
            .join(' '),
        ),
      ),
    ];
    // Where Vietnamese leaves a value out on purpose: it says an entity's life "(đến 30/6/2025), nay thuộc …" (now
    // part of), as its readers write it; the day after the end, which English says, goes without saying.
    const leftOut: Partial<Record<MessageKey, string>> = {
      entityLife_merged_into: 'date',
      entityLife_split_into: 'date',
      entityLife_renamed: 'date',
    };
    const without = (found: string[], slot: string | undefined) =>
      found.map((names) =>
        names
          .split(' ')
          .filter((name) => name !== slot)
          .join(' '),
      );
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(slots(vi[key]), key).toEqual(without(slots(en[key]), leftOut[key]));
      expect(slots(en[key]), key).toHaveLength(1);
    }
  });

  it('writes a counted phrase in the form its count takes: English one and other, Vietnamese one form', () => {
    const en_ = translator('en');
    const vi_ = translator('vi');
    expect([0, 1, 2].map((count) => en_('seconds', { count }))).toEqual(['0 seconds', '1 second', '2 seconds']);
    expect([0, 1, 2].map((count) => vi_('seconds', { count }))).toEqual(['0 giây', '1 giây', '2 giây']);
    expect([0, 1, 2].map((count) => en_('partnersGroupTitle', { count }))).toEqual([
      '0 partners in one spot',
      '1 partner in one spot',
      '2 partners in one spot',
    ]);
    expect(en_('countriesCount', { count: 1 })).toBe('1 country');
    expect(vi_('countriesCount', { count: 1 })).toBe('1 quốc gia');
  });

  it('counts every phrase that puts in a count, so no "1 values" is left to write', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const message = en[key];
      if (typeof message === 'string') expect(message, key).not.toMatch(/\{count\}/);
      else expect(message, key).toHaveProperty('one');
    }
  });
});
