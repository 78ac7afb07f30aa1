import { testIndicator, testObservation, testSource } from '@bd/core/test-records';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_STARTS, shownInSpreadsheet } from '../test-fixtures/spreadsheet-cell.ts';
import { CSV_HEADER, csvRow, neutraliseFormula, toCsv, UTF8_BOM } from './csv.ts';

describe('toCsv', () => {
  it('writes the exact header, CRLF line ends and a row that parses back', () => {
    const csv = toCsv([csvRow(testObservation(), testIndicator, testSource)]);
    expect(csv.split('\r\n')[0]).toBe(
      'indicator_id,indicator_name,entity_id,period_start,period_end,value,unit,qualifier,method,source_id,source_title,source_publisher,source_published,source_published_approximate,source_url,source_language,evidence,evidence_en,note',
    );
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      indicator_id: 'partner_localities',
      value: '13',
      qualifier: 'exact',
      source_title: 'Consular meeting',
    });
  });
  it('says whether the publication date is estimated, and the language of the article', () => {
    const dated = testSource;
    const undated = { ...testSource, published_approximate: true, language: 'nl' };
    const rows = parse(
      toCsv([csvRow(testObservation(), testIndicator, dated), csvRow(testObservation(), testIndicator, undated)]),
      { columns: true },
    ) as Record<string, string>[];
    expect(rows.map((r) => [r.source_published_approximate, r.source_language])).toEqual([
      ['false', 'en'],
      ['true', 'nl'],
    ]);
  });
  it('names the indicator in English, or in Vietnamese when asked', () => {
    const nameIn = (lang?: 'en' | 'vi') =>
      (
        parse(toCsv([csvRow(testObservation(), testIndicator, testSource, lang)]), { columns: true }) as Record<string, string>[]
      )[0]?.indicator_name;
    expect([nameIn(), nameIn('en'), nameIn('vi')]).toEqual(['Partner localities', 'Partner localities', 'Địa phương đối tác']);
  });
  it('quotes commas, quotes and line breaks, and keeps Vietnamese diacritics', () => {
    const indicator = { ...testIndicator, name: { en: 'A "quoted", name\nover lines', vi: 'Địa phương' } };
    const csv = toCsv([csvRow(testObservation({ note: 'Bình Dương, tỉnh' }), indicator, testSource)], { bom: true });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const [row] = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(row?.indicator_name).toBe('A "quoted", name\nover lines');
    expect(row?.note).toBe('Bình Dương, tỉnh');
  });
  it('neutralises text that a spreadsheet would run, and leaves numbers as numbers', () => {
    for (const start of FORMULA_STARTS) expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(shownInSpreadsheet(`${start}SUM(A1)`));
    const [row] = parse(toCsv([csvRow(testObservation({ value: -5, note: '=HYPERLINK("x")' }), testIndicator, testSource)]), {
      columns: true,
    }) as Record<string, string>[];
    expect(row?.value).toBe('-5');
    expect(row?.note).toBe(`'=HYPERLINK("x")`);
  });
});
