import { z } from 'zod';
import { isRealDate, lastDayOfMonth } from './common.ts';
import { eventTypeSchema } from './event.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Expands `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to the first (`start`) or last (`end`) day it covers. */
export function expandPartialDate(text: string, edge: 'start' | 'end'): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  let full: string;
  if (d !== undefined) full = `${y}-${m}-${d}`;
  else if (m !== undefined) {
    full = `${y}-${m}-${edge === 'start' ? '01' : String(lastDayOfMonth(Number(y), Number(m))).padStart(2, '0')}`;
  } else full = edge === 'start' ? `${y}-01-01` : `${y}-12-31`;
  return isRealDate(full) ? full : undefined;
}

const partialDate = (edge: 'start' | 'end') =>
  z
    .string()
    .transform((text, ctx) => {
      const full = expandPartialDate(text.trim(), edge);
      if (full === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected YYYY, YYYY-MM or YYYY-MM-DD (a date that exists), got "${text}"` });
        return z.NEVER;
      }
      return full;
    })
    .optional();

const idList = (pattern: RegExp, example: string) =>
  z
    .string()
    .transform((text, ctx) => {
      const ids = text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0);
      const bad = ids.find((id) => !pattern.test(id));
      if (bad !== undefined || ids.length === 0) {
        ctx.addIssue({ code: 'custom', message: `expected a comma-separated list of ids such as ${example}, got "${text}"` });
        return z.NEVER;
      }
      return ids;
    })
    .optional();

/** Filters of `/api/observations` and `/api/observations.csv`. Dates are expanded to whole days. */
export const observationQuerySchema = z
  .object({
    indicator: idList(/^[a-z][a-z0-9_]*$/, 'partner_localities,fdi_attracted'),
    entity: idList(/^[a-z0-9-]+$/, 'binh-duong'),
    source: idList(/^[a-z0-9-]+$/, 'portal-2024-01-24-consular-meeting'),
    /** Observations whose period ends on or after this date. */
    from: partialDate('start'),
    /** Observations whose period starts on or before this date. */
    to: partialDate('end'),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type ObservationQuery = z.infer<typeof observationQuerySchema>;

/** `?bom=1` prepends a UTF-8 byte order mark so Excel reads the CSV as UTF-8. */
export const csvOptionsSchema = z.object({
  bom: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

export const eventQuerySchema = z
  .object({
    type: z
      .string()
      .transform((text) => text.split(',').map((t) => t.trim()))
      .pipe(z.array(eventTypeSchema))
      .optional(),
  })
  .strict();
export type EventQuery = z.infer<typeof eventQuerySchema>;

/** `/api/indicators/:id?entity=`: the series of some entities only (all by default). */
export const indicatorDetailQuerySchema = z
  .object({
    entity: idList(/^[a-z0-9-]+$/, 'binh-duong'),
  })
  .strict();
export type IndicatorDetailQuery = z.infer<typeof indicatorDetailQuerySchema>;
