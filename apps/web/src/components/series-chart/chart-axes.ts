import type { Locale, Unit } from '@bd/core';
import { intlLocale, numberFormat } from '@bd/core/intl-formats';

/** 1, 2, 2.5, 5 × 10^n at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** Four or five evenly spaced round values from the domain's start to its end (both made by `niceCeiling`). */
export function valueTicks([start, end]: [number, number]): number[] {
  const span = end - start;
  if (span <= 0) return [start];
  const leading = span / 10 ** Math.floor(Math.log10(span));
  const steps = Math.abs(leading - 2) < 1e-9 ? 4 : 5;
  return Array.from({ length: steps + 1 }, (_, i) => Number((start + (span * i) / steps).toPrecision(12)));
}

/** Whole ranks from 1 to `last`, thinned to at most six. */
export function rankTicks(last: number): number[] {
  const step = Math.max(1, Math.ceil((last - 1) / 5));
  const ticks: number[] = [];
  for (let rank = 1; rank <= last; rank += step) ticks.push(rank);
  return ticks;
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/** Ticks on 1 January of whole years, thinned so there are at most `maxTicks`. */
export function yearTicks(domain: [number, number], maxTicks = 8): number[] {
  const start = new Date(domain[0]);
  const first = start.getUTCFullYear() + (start.getTime() > yearStart(start.getUTCFullYear()) ? 1 : 0);
  const last = new Date(domain[1]).getUTCFullYear();
  const years = Math.max(0, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years / s) <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(yearStart(year));
  return ticks;
}

/** The year of a tick on the time axis. */
export function formatAxisYear(time: number): string {
  return String(new Date(time).getUTCFullYear());
}

/** A power of a thousand the value axis counts in, so its ticks are short numbers: "40" of "billion USD". */
export type AxisScale = 'one' | 'thousand' | 'million' | 'billion' | 'trillion';

const SCALES: readonly [AxisScale, number][] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
];

/** What the value axis counts in: the unit, and for money the scale its largest tick reaches. */
export interface ValueAxis {
  unit: Unit;
  scale: AxisScale;
  divisor: number;
}

/** Money is counted in the largest power of a thousand its top tick reaches; other units as they are. */
export function valueAxis(unit: Unit, ticks: readonly number[]): ValueAxis {
  if (unit !== 'USD' && unit !== 'VND') return { unit, scale: 'one', divisor: 1 };
  const top = Math.max(0, ...ticks.map(Math.abs));
  const [scale, divisor] = SCALES.find(([, size]) => top >= size) ?? ['one', 1];
  return { unit, scale, divisor };
}

/** A tick's label: the value in the axis' scale, as a plain number ("40", "2,5", "7%"); a rank as it is. */
export function formatAxisValue(value: number, axis: ValueAxis, locale: Locale): string {
  if (axis.unit === 'rank') return String(value);
  const number = numberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(value / axis.divisor);
  return axis.unit === 'percent' ? `${number}%` : number;
}
