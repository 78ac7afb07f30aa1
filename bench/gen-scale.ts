/**
 * `pnpm gen:scale [--out dir] [--entities 100] [--indicators 30] [--months 120]`: writes a synthetic DATA_DIR of
 * entities × indicators × months observations (about 360,000 by default) that passes validation: one source file
 * per province and year, each value stated in its evidence phrase the way English writes numbers. Its lineage is
 * exercised at scale: two provinces merge and one splits in two, four fifths of the way through the months, and
 * from then on their values are recorded on their successors (the merged pair's values on the one successor).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, resolveFromCaller } from './paths.ts';

export interface ScaleShape {
  entities: number;
  indicators: number;
  months: number;
}

export const DEFAULT_SCALE: ScaleShape = { entities: 100, indicators: 30, months: 120 };
export const DEFAULT_SCALE_DIR = path.join(REPO_ROOT, 'tests/artifacts/scale-data');

const FIRST_YEAR = 2015;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const entityId = (e: number) => `province-${pad(e + 1, 3)}`;
const indicatorId = (i: number) => `scale_indicator_${pad(i + 1, 2)}`;
const kindOf = (i: number) => (i % 3 === 2 ? 'flow' : 'stock');
const unitOf = (i: number) => (i % 2 === 0 ? 'count' : 'USD');
/** A JSON string is a YAML double-quoted scalar: no escaping rules of our own. */
const q = JSON.stringify;

/** The month index (from January of FIRST_YEAR) from which the changed provinces' values are their successors'. */
const changeMonth = (shape: ScaleShape) => Math.floor(shape.months * 0.8);
const MERGED = 'merged-001-002';
const SPLIT = ['split-003-a', 'split-003-b'] as const;
const hasLineage = (shape: ScaleShape) => shape.entities >= 3 && changeMonth(shape) > 0;

function monthDates(m: number): { start: string; end: string } {
  const year = FIRST_YEAR + Math.floor(m / 12);
  const month = (m % 12) + 1;
  return { start: `${year}-${pad(month, 2)}-01`, end: lastDay(year, month) };
}

/** Whose value of indicator `i` for month `m` the province `e`'s value is (its successor's after a change), if any. */
function recordedOn(shape: ScaleShape, e: number, i: number, m: number): string | undefined {
  if (!hasLineage(shape) || m < changeMonth(shape) || e > 2) return entityId(e);
  if (e === 0) return MERGED;
  if (e === 1) return undefined; // merged into the same successor as province 1, which carries the series on
  return SPLIT[i % 2];
}

function entitiesYaml(shape: ScaleShape): string {
  const lines: string[] = [];
  const entity = (id: string, en: string, vi: string) =>
    lines.push(`- id: ${id}`, '  name:', `    en: ${q(en)}`, `    vi: ${q(vi)}`, '  kind: province', '  country: VN');
  const changed = hasLineage(shape) ? monthDates(changeMonth(shape)).start : undefined;
  const ended = hasLineage(shape) ? monthDates(changeMonth(shape) - 1).end : undefined;
  const became = (how: string, event: string, ...successors: string[]) => {
    lines.push(`  ended: "${ended}"`, '  became:');
    for (const successor of successors) {
      lines.push(`    - entity: ${successor}`, `      date: "${changed}"`, `      how: ${how}`, `      event: ${event}`);
    }
  };
  for (let e = 0; e < shape.entities; e++) {
    entity(entityId(e), `Province ${e + 1}`, `Tỉnh ${e + 1}`);
    if (hasLineage(shape) && e < 2) became('merged_into', 'scale-merger', MERGED);
    if (hasLineage(shape) && e === 2) became('split_into', 'scale-split', ...SPLIT);
  }
  if (hasLineage(shape)) {
    entity(MERGED, 'Provinces 1 and 2 merged', 'Tỉnh 1 và 2 hợp nhất');
    lines.push(`  began: "${changed}"`);
    for (const [k, id] of SPLIT.entries()) {
      entity(id, `Province 3, part ${k + 1}`, `Tỉnh 3, phần ${k + 1}`);
      lines.push(`  began: "${changed}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The source that states the two changes, as administrative_change events. */
function changesYaml(shape: ScaleShape): string {
  const date = monthDates(changeMonth(shape)).start;
  const event = (id: string, entity: string, name: string) => [
    `  - id: ${id}`,
    '    type: administrative_change',
    `    entity: ${entity}`,
    `    date: "${date}"`,
    '    date_precision: day',
    `    name: ${q(name)}`,
    `    evidence: ${q(`From ${date}, ${name.toLowerCase()}.`)}`,
  ];
  return `${[
    'source:',
    '  id: scale-administrative-changes',
    '  title: "Synthetic resolution on provincial units"',
    '  publisher: Synthetic statistics office',
    `  published: "${date}"`,
    '  language: en',
    '  url: https://example.org/resolutions/scale-administrative-changes',
    'events:',
    ...event('scale-merger', entityId(0), 'Province 1 and Province 2 merged into one province'),
    ...event('scale-split', entityId(2), 'Province 3 split into two provinces'),
  ].join('\n')}\n`;
}

function indicatorsYaml(shape: ScaleShape): string {
  const lines: string[] = [];
  for (let i = 0; i < shape.indicators; i++) {
    lines.push(
      `- id: ${indicatorId(i)}`,
      '  name:',
      `    en: Synthetic indicator ${i + 1}`,
      `    vi: Chỉ tiêu tổng hợp ${i + 1}`,
      '  description:',
      `    en: A generated ${kindOf(i)} for measuring the dashboard at scale.`,
      `    vi: Chỉ tiêu sinh ra để đo bảng điều khiển ở quy mô lớn.`,
      `  unit: ${unitOf(i)}`,
      `  kind: ${kindOf(i)}`,
      `  headline: ${i < 6}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A deterministic value: a stock only grows (a cumulative count never falls, so the data raises no "stock falls"
 * check), a flow wanders around its trend. Never negative.
 */
function seriesValue(e: number, i: number, m: number): number {
  const base = 100 + ((e * 37 + i * 11) % 400);
  const level =
    kindOf(i) === 'stock'
      ? base + m * (1 + (i % 5)) + Math.floor((m * m) / 200)
      : base + m + Math.round(20 * Math.sin((m + e) / 6));
  return unitOf(i) === 'USD' ? level * 1000 : level;
}

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month, 2)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate(), 2)}`;
}

function sourceYaml(shape: ScaleShape, e: number, year: number): string | undefined {
  const id = `scale-${entityId(e)}-${year}`;
  const lines = [
    'source:',
    `  id: ${id}`,
    `  title: ${q(`Province ${e + 1} statistical bulletin ${year}`)}`,
    '  publisher: Synthetic statistics office',
    `  published: "${year + 1}-01-15"`,
    '  language: en',
    `  url: https://example.org/bulletins/${id}`,
    'observations:',
  ];
  const header = lines.length;
  const firstMonth = (year - FIRST_YEAR) * 12;
  for (let m = firstMonth; m < Math.min(firstMonth + 12, shape.months); m++) {
    const month = (m % 12) + 1;
    const { start, end } = monthDates(m);
    for (let i = 0; i < shape.indicators; i++) {
      const entity = recordedOn(shape, e, i, m);
      if (entity === undefined) continue;
      const value = seriesValue(e, i, m);
      const stock = kindOf(i) === 'stock';
      const written = value.toLocaleString('en-US');
      lines.push(
        `  - id: ${entityId(e)}-${indicatorId(i).replaceAll('_', '-')}-${year}-${pad(month, 2)}`,
        `    indicator: ${indicatorId(i)}`,
        `    entity: ${entity}`,
        `    period_start: "${stock ? end : start}"`,
        `    period_end: "${end}"`,
        `    value: ${value}`,
        '    qualifier: exact',
        '    method: stated',
        `    evidence: ${q(`${stock ? 'At the end of' : 'During'} ${year}-${pad(month, 2)} the figure was ${unitOf(i) === 'USD' ? 'USD ' : ''}${written}.`)}`,
      );
    }
  }
  // A province merged away has no values in its years after the change: no bulletin then.
  return lines.length > header ? `${lines.join('\n')}\n` : undefined;
}

/** Writes the data set into `dir` (replacing what is there) and returns how many observations it holds. */
export function generateScaleData(dir: string, shape: ScaleShape = DEFAULT_SCALE): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'entities.yaml'), entitiesYaml(shape));
  writeFileSync(path.join(dir, 'indicators.yaml'), indicatorsYaml(shape));
  if (hasLineage(shape)) writeFileSync(path.join(dir, 'sources', 'scale-administrative-changes.yaml'), changesYaml(shape));
  const years = Math.ceil(shape.months / 12);
  for (let e = 0; e < shape.entities; e++) {
    for (let y = 0; y < years; y++) {
      const bulletin = sourceYaml(shape, e, FIRST_YEAR + y);
      if (bulletin) writeFileSync(path.join(dir, 'sources', `scale-${entityId(e)}-${FIRST_YEAR + y}.yaml`), bulletin);
    }
  }
  // The merged pair's second province records nothing after the change: its successor carries the first one's series.
  const dropped = hasLineage(shape) ? (shape.months - changeMonth(shape)) * shape.indicators : 0;
  return shape.entities * shape.indicators * shape.months - dropped;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      entities: { type: 'string' },
      indicators: { type: 'string' },
      months: { type: 'string' },
    },
  });
  const shape: ScaleShape = {
    entities: Number(values.entities ?? DEFAULT_SCALE.entities),
    indicators: Number(values.indicators ?? DEFAULT_SCALE.indicators),
    months: Number(values.months ?? DEFAULT_SCALE.months),
  };
  const dir = values.out ? resolveFromCaller(values.out) : DEFAULT_SCALE_DIR;
  const started = performance.now();
  const count = generateScaleData(dir, shape);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${count.toLocaleString('en-US')} observations to ${dir} in ${seconds} s (DATA_DIR=${dir} pnpm start)`);
}
