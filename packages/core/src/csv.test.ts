import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRow, neutraliseFormula, toCsv, UTF8_BOM } from './csv.ts';
import { testIndicator, testObservation, testSource } from './test-records.ts';

describe('toCsv', () => {
  it('writes the exact header, CRLF line ends and a row that parses back', () => {
    const csv = toCsv([csvRow(testObservation(), testIndicator, testSource)]);
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      indicator_id: 'partner_localities',
      value: '13',
      qualifier: 'exact',
      source_title: 'Consular meeting',
    });
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
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n'])
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    const [row] = parse(toCsv([csvRow(testObservation({ value: -5, note: '=HYPERLINK("x")' }), testIndicator, testSource)]), {
      columns: true,
    }) as Record<string, string>[];
    expect(row?.value).toBe('-5');
    expect(row?.note).toBe(`'=HYPERLINK("x")`);
  });
});
