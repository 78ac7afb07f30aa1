/** One measured figure with the goal it is held to; `met` is undefined where there is no goal. */
export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: string;
  goal?: { op: '>=' | '<=' | '<'; value: number };
  met?: boolean;
  /** How it was measured, or what it is compared with. */
  note?: string;
}

/** A figure, with `met` worked out from its goal. */
export function figure(group: string, name: string, value: number, unit: string, goal?: Figure['goal'], note?: string): Figure {
  const met =
    goal === undefined
      ? undefined
      : goal.op === '>='
        ? value >= goal.value
        : goal.op === '<='
          ? value <= goal.value
          : value < goal.value;
  return { group, name, value, unit, ...(goal ? { goal, met } : {}), ...(note ? { note } : {}) };
}

const format = (value: number, unit: string) => {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

/** The figures as a plain-text table: what, value, goal, and whether it is met. */
export function figureTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    `${f.group}: ${f.name}`,
    format(f.value, f.unit),
    f.goal ? `${f.goal.op} ${format(f.goal.value, f.unit)}` : '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'value', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which `share` (0…1) of the sorted values fall, nearest rank. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
