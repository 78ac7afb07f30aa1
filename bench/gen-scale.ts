/**
 * `pnpm gen:scale [--out dir] [--entities 100] [--indicators 30] [--months 120]`: writes a synthetic DATA_DIR of
 * entities × indicators × months observations (360,000 by default) that passes validation: one source file per
 * province and year, each value stated in its evidence phrase the way English writes numbers.
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

function entitiesYaml(shape: ScaleShape): string {
  const lines: string[] = [];
  for (let e = 0; e < shape.entities; e++) {
    lines.push(
      `- id: ${entityId(e)}`,
      '  name:',
      `    en: Province ${e + 1}`,
      `    vi: Tỉnh ${e + 1}`,
      '  kind: province',
      '  country: VN',
    );
  }
  return `${lines.join('\n')}\n`;
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

function sourceYaml(shape: ScaleShape, e: number, year: number): string {
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
  const firstMonth = (year - FIRST_YEAR) * 12;
  for (let m = firstMonth; m < Math.min(firstMonth + 12, shape.months); m++) {
    const month = (m % 12) + 1;
    const end = lastDay(year, month);
    const start = `${year}-${pad(month, 2)}-01`;
    for (let i = 0; i < shape.indicators; i++) {
      const value = seriesValue(e, i, m);
      const stock = kindOf(i) === 'stock';
      const written = value.toLocaleString('en-US');
      lines.push(
        `  - id: ${entityId(e)}-${indicatorId(i).replaceAll('_', '-')}-${year}-${pad(month, 2)}`,
        `    indicator: ${indicatorId(i)}`,
        `    entity: ${entityId(e)}`,
        `    period_start: "${stock ? end : start}"`,
        `    period_end: "${end}"`,
        `    value: ${value}`,
        '    qualifier: exact',
        '    method: stated',
        `    evidence: ${q(`${stock ? 'At the end of' : 'During'} ${year}-${pad(month, 2)} the figure was ${unitOf(i) === 'USD' ? 'USD ' : ''}${written}.`)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the data set into `dir` (replacing what is there) and returns how many observations it holds. */
export function generateScaleData(dir: string, shape: ScaleShape = DEFAULT_SCALE): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'entities.yaml'), entitiesYaml(shape));
  writeFileSync(path.join(dir, 'indicators.yaml'), indicatorsYaml(shape));
  const years = Math.ceil(shape.months / 12);
  for (let e = 0; e < shape.entities; e++) {
    for (let y = 0; y < years; y++) {
      writeFileSync(
        path.join(dir, 'sources', `scale-${entityId(e)}-${FIRST_YEAR + y}.yaml`),
        sourceYaml(shape, e, FIRST_YEAR + y),
      );
    }
  }
  return shape.entities * shape.indicators * shape.months;
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
