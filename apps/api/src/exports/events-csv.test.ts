import type { DatedEvent, Entity } from '@bd/core';
import { testSource } from '@bd/core/test-records';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EVENT_CSV_HEADER, eventCsvRow, eventsToCsv } from './events-csv.ts';

const event: DatedEvent = {
  id: 'partner-kumamoto',
  type: 'partner_locality',
  entity: 'binh-duong',
  date: '2024-01-01',
  date_precision: 'year',
  name: '=Kumamoto, "prefecture"',
  country: 'JP',
  source: 'portal-2024',
  evidence: 'Kumamoto prefecture\nof Japan',
};

const province: Entity = {
  id: 'binh-duong',
  name: { en: 'Binh Duong', vi: 'Bình Dương' },
  kind: 'province',
  country: 'VN',
  ended: '2025-06-30',
  became: [{ entity: 'ho-chi-minh-city', date: '2025-07-01', how: 'merged_into', event: 'merger' }],
};

describe('events CSV', () => {
  it('writes the header, the event and its source with CRLF line ends and neutralised formulas', () => {
    const text = eventsToCsv([eventCsvRow(event, { entity: province, source: testSource })]);
    expect(text.startsWith(`${EVENT_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    const [header, row] = parse(text) as string[][];
    expect(header?.join(',')).toBe(
      'event_id,type,entity_id,entity_kind,entity_ended,entity_became,date,date_precision,name,country,agreement,source_id,source_title,source_publisher,source_published,source_published_approximate,source_url,source_language,evidence,evidence_en,note',
    );
    expect(row).toEqual([
      'partner-kumamoto',
      'partner_locality',
      'binh-duong',
      'province',
      '2025-06-30',
      'ho-chi-minh-city',
      '2024-01-01',
      'year',
      `'=Kumamoto, "prefecture"`,
      'JP',
      '',
      'portal-2024',
      'Consular meeting',
      'Binh Duong provincial portal',
      '2024-01-24',
      'false',
      '',
      'en',
      'Kumamoto prefecture\nof Japan',
      '',
      '',
    ]);
  });

  it('prepends a byte order mark on request', () => {
    expect(eventsToCsv([], { bom: true })).toBe(`\uFEFF${EVENT_CSV_HEADER.join(',')}\r\n`);
  });
});
