import type { Entity } from '@bd/core';
import { testIndicator, testObservation, testSource } from '@bd/core/test-records';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_STARTS, shownInSpreadsheet } from '../test-fixtures/spreadsheet-cell.ts';
import { CSV_HEADER, csvRow, neutraliseFormula, toCsv, UTF8_BOM } from './csv.ts';

const province: Entity = { id: 'binh-duong', name: { en: 'Binh Duong', vi: 'Bình Dương' }, kind: 'province', country: 'VN' };
const context = { indicator: testIndicator, entity: province, source: testSource };

describe('toCsv', () => {
  it('writes the exact header, CRLF line ends and a row that parses back', () => {
    const csv = toCsv([csvRow(testObservation(), context)]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,indicator_id,indicator_name,entity_id,entity_kind,entity_ended,entity_became,period_start,period_end,value,unit,qualifier,method,source_id,source_title,source_publisher,source_published,source_published_approximate,source_url,source_language,evidence,evidence_en,note',
    );
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      id: testObservation().id,
      indicator_id: 'partner_localities',
      entity_kind: 'province',
      entity_ended: '',
      entity_became: '',
      value: '13',
      qualifier: 'exact',
      source_title: 'Consular meeting',
    });
  });
  it("says the entity's last day and its successors, separated by semicolons", () => {
    const ended: Entity = {
      ...province,
      ended: '2025-06-30',
      became: [
        { entity: 'ho-chi-minh-city', date: '2025-07-01', how: 'merged_into', event: 'merger' },
        { entity: 'dong-nai', date: '2025-07-01', how: 'split_into', event: 'merger' },
      ],
    };
    const [row] = parse(toCsv([csvRow(testObservation(), { ...context, entity: ended })]), { columns: true }) as Record<
      string,
      string
    >[];
    expect([row?.entity_id, row?.entity_ended, row?.entity_became]).toEqual([
      'binh-duong',
      '2025-06-30',
      'ho-chi-minh-city;dong-nai',
    ]);
  });
  it('says whether the publication date is estimated, and the language of the article', () => {
    const dated = testSource;
    const undated = { ...testSource, published_approximate: true, language: 'nl' };
    const rows = parse(
      toCsv([
        csvRow(testObservation(), { ...context, source: dated }),
        csvRow(testObservation(), { ...context, source: undated }),
      ]),
      { columns: true },
    ) as Record<string, string>[];
    expect(rows.map((r) => [r.source_published_approximate, r.source_language])).toEqual([
      ['false', 'en'],
      ['true', 'nl'],
    ]);
  });
  it('names the indicator in English, or in Vietnamese when asked', () => {
    const nameIn = (lang?: 'en' | 'vi') =>
      (parse(toCsv([csvRow(testObservation(), context, lang)]), { columns: true }) as Record<string, string>[])[0]
        ?.indicator_name;
    expect([nameIn(), nameIn('en'), nameIn('vi')]).toEqual(['Partner localities', 'Partner localities', 'Địa phương đối tác']);
  });
  it('quotes commas, quotes and line breaks, and keeps Vietnamese diacritics', () => {
    const indicator = { ...testIndicator, name: { en: 'A "quoted", name\nover lines', vi: 'Địa phương' } };
    const csv = toCsv([csvRow(testObservation({ note: 'Bình Dương, tỉnh' }), { ...context, indicator })], { bom: true });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const [row] = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(row?.indicator_name).toBe('A "quoted", name\nover lines');
    expect(row?.note).toBe('Bình Dương, tỉnh');
  });
  it('neutralises text that a spreadsheet would run, and leaves numbers as numbers', () => {
    for (const start of FORMULA_STARTS) expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(shownInSpreadsheet(`${start}SUM(A1)`));
    const [row] = parse(toCsv([csvRow(testObservation({ value: -5, note: '=HYPERLINK("x")' }), context)]), {
      columns: true,
    }) as Record<string, string>[];
    expect(row?.value).toBe('-5');
    expect(row?.note).toBe(`'=HYPERLINK("x")`);
  });
});
