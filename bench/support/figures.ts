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

/**
 * The figures as a plain-text table, a heading per group: what, value, goal, whether it is met, and how it was
 * measured.
 */
export function figureTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    `  ${f.name}`,
    format(f.value, f.unit),
    f.goal ? `${f.goal.op} ${format(f.goal.value, f.unit)}` : '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'goal', '', 'how'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  widths[4] = header[4]!.length;
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  figures.forEach((f, i) => {
    if (i === 0 || figures[i - 1]!.group !== f.group) lines.push(f.group);
    lines.push(line(rows[i]!));
  });
  return lines.join('\n');
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
