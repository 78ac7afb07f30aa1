import { describe, expect, it } from 'vitest';
import { citationFor, runsText, sourceLine, sourcesLine, sourcesLineRuns } from './citation.ts';
import { testObservation, testSource } from './test-records.ts';

describe('citationFor', () => {
  it('gives publisher, date, title and the verbatim evidence', () => {
    const c = citationFor(testObservation(), testSource, 'en');
    expect(c.text).toBe('Binh Duong provincial portal, 24 January 2024, “Consular meeting”');
    expect(c.evidence).toBe('relations with 13 foreign localities');
    expect(c.evidenceEn).toBeUndefined();
    expect(c.url).toBeUndefined();
  });
  it('keeps the original evidence and its English rendering for a Dutch article', () => {
    const source = { ...testSource, language: 'nl', url: 'https://example.org/a', published_approximate: true };
    const c = citationFor(
      testObservation({ evidence: 'met 14 buitenlandse gemeenten', evidence_en: 'with 14 foreign localities' }),
      source,
      'en',
    );
    expect(c.evidence).toBe('met 14 buitenlandse gemeenten');
    expect(c.evidenceEn).toBe('with 14 foreign localities');
    expect(c.url).toBe('https://example.org/a');
    expect(c.published).toBe('about 24 January 2024');
    expect(citationFor(testObservation(), source, 'vi').published).toBe('khoảng ngày 24 tháng 1 năm 2024');
  });
});

describe('sourcesLine', () => {
  it('lists each source once', () => {
    expect(sourcesLine([testSource, testSource], 'en')).toBe(`Source: ${sourceLine(testSource, 'en')}`);
    expect(sourcesLine([testSource, { ...testSource, id: 'b', publisher: 'Thời Đại' }], 'vi')).toMatch(/^Nguồn: .*; Thời Đại, /);
  });
});

describe('sourcesLineRuns', () => {
  it('marks each publisher with its article’s language and leaves the interface’s words unmarked', () => {
    const dutch = { ...testSource, id: 'b', publisher: 'Thời Đại (thoidai.com.vn)', language: 'nl' };
    const runs = sourcesLineRuns([testSource, dutch, testSource], 'vi');
    expect(runs).toEqual([
      { text: 'Nguồn: ' },
      { text: 'Binh Duong provincial portal', lang: 'en' },
      { text: ', ngày 24 tháng 1 năm 2024' },
      { text: '; ' },
      { text: 'Thời Đại (thoidai.com.vn)', lang: 'nl' },
      { text: ', ngày 24 tháng 1 năm 2024' },
    ]);
    expect(runsText(runs)).toBe(sourcesLine([testSource, dutch], 'vi'));
  });
});
