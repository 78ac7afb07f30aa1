import { isRealDate, MAX_EVIDENCE_WORDS, type Observation, observationSchema, qualifierSchema } from '@bd/core';

/** The fields of an observation in the schema's order: the order zod writes them in, and so the API's. */
const FIELDS = Object.keys(observationSchema.shape) as (keyof Observation)[];
const REQUIRED = new Set<string>(FIELDS.filter((f) => !observationSchema.shape[f].safeParse(undefined).success));
const ALLOWED = new Set<string>(FIELDS);
const QUALIFIERS = new Set<string>(qualifierSchema.options);
const METHODS = new Set(['stated', 'derived']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.trim() === value;
/** Dates seen, and whether each is real: a large data set repeats a few hundred dates thousands of times. */
const realDates = new Map<string, boolean>();
const isDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  let real = realDates.get(value);
  if (real === undefined) {
    real = ISO_DATE.test(value) && isRealDate(value);
    if (realDates.size < 100_000) realDates.set(value, real);
  }
  return real;
};
/** At most MAX_EVIDENCE_WORDS words: a shorter text cannot have more, so only long ones are split. */
const fewWords = (text: string) => text.length <= 2 * MAX_EVIDENCE_WORDS || text.split(/\s+/).length <= MAX_EVIDENCE_WORDS;

/**
 * The observation a plainly valid record is, or undefined for any record that is not, or that zod would change
 * (untrimmed text): those go through `observationSchema`, which alone says what is wrong. A faster path for the
 * common case of a large data set, bound to give exactly what the schema gives (a property test checks it).
 */
export function plainObservation(raw: unknown): Observation | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  let present = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!ALLOWED.has(key)) return undefined;
    if (REQUIRED.has(key)) present++;
  }
  if (present !== REQUIRED.size) return undefined;
  const { id, indicator, entity, period_start, period_end, value, qualifier, method, source, evidence } = record;
  if (typeof id !== 'string' || !SLUG.test(id) || typeof entity !== 'string' || !SLUG.test(entity)) return undefined;
  if (typeof source !== 'string' || !SLUG.test(source) || typeof indicator !== 'string' || !SNAKE.test(indicator)) {
    return undefined;
  }
  if (!isDate(period_start) || !isDate(period_end) || period_end < period_start) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (typeof qualifier !== 'string' || !QUALIFIERS.has(qualifier) || typeof method !== 'string' || !METHODS.has(method)) {
    return undefined;
  }
  if (!isText(evidence) || !fewWords(evidence)) return undefined;
  for (const optional of ['evidence_en', 'note'] as const) {
    if (optional in record && !isText(record[optional])) return undefined;
  }
  const observation: Record<string, unknown> = {};
  for (const field of FIELDS) if (field in record) observation[field] = record[field];
  return observation as Observation;
}
