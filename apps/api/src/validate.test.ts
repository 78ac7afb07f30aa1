import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { healthAnswerSchema } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { copyFixtureData, FIXTURE_DATA_DIR } from './test-fixtures/fixture-data.ts';
import { freePort, startServer, stopServers } from './test-fixtures/server-process.ts';

const API_DIR = path.resolve(import.meta.dirname, '..');

/** Runs `tsx src/validate.ts` as `pnpm validate` does (or the server, as `pnpm start` does), and collects what it prints. */
function validate(
  dataDir: string,
  script = 'src/validate.ts',
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(API_DIR, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: API_DIR,
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('pnpm validate', { timeout: 60_000 }, () => {
  it('says what valid data holds and exits 0', async () => {
    const { code, stdout } = await validate(FIXTURE_DATA_DIR);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Data is valid: 2 sources, 3 indicators, 5 observations, 3 events \(version [0-9a-f]{12}\)\n/);
    // The fixture folder is in this repository: what it holds is compared with its committed version.
    expect(stdout).toMatch(
      /\nCompared with the data committed at HEAD \([0-9a-f]{12}, version [0-9a-f]{12}\): no record changed\n$/,
    );
  });

  it('refuses a value dated after its province ended, naming the file, the record, both dates and the successor', async () => {
    const data = copyFixtureData();
    try {
      data.replace(
        'entities.yaml',
        '  kind: province\n  country: VN\n',
        '  kind: province\n  country: VN\n  ended: "2020-06-30"\n  became:\n    - { entity: thu-dau-mot, date: "2020-07-01", how: renamed, event: renamed-2020 }\n',
      );
      const { code, stderr } = await validate(data.dir);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /: observation "[a-z0-9-]+" \(observations\[\d+\]\), field "period_end": period_end \d{4}-\d{2}-\d{2} is after "binh-duong" ended on 2020-06-30: record it on the successor: set entity to thu-dau-mot\n/,
      );
      expect(stderr).toContain('unknown event "renamed-2020": record the change as an event of type administrative_change');
    } finally {
      data.dispose();
    }
  });

  it('prints every problem on its own line and exits 1', async () => {
    const data = copyFixtureData();
    try {
      data.replace('entities.yaml', 'country: VN', 'country: 84');
      data.write('sources/broken.yaml', 'source: [\n');
      const { code, stderr } = await validate(data.dir);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines[0]).toBe(`The data in ${data.dir} is not valid (2 problems):`);
      expect(lines[1]).toMatch(/^ {2}entities\.yaml: entities\[0\] "binh-duong" \(line 4\), field "country": /);
      expect(lines[2]).toMatch(/^ {2}sources\/broken\.yaml: line \d+, column \d+: not valid YAML: /);
    } finally {
      data.dispose();
    }
  });
});

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';
const BAOMOI = 'sources/baomoi-2024-01-24-partners.yaml';
const EXTRA = 'sources/extra-2024-02-01-article.yaml';

/** One more article with two mistakes of its own: evidence that is empty, and a record that cites another source. */
const EXTRA_ARTICLE = `source:
  id: extra-2024-02-01-article
  title: Extra article
  publisher: Test publisher
  published: 2024-02-01
  language: en
observations:
  - id: extra-empty-evidence
    indicator: fdi_attracted
    entity: binh-duong
    period_start: 2023-01-01
    period_end: 2023-12-31
    value: 5
    qualifier: exact
    method: derived
    evidence: ""
  - id: extra-other-source
    indicator: fdi_attracted
    entity: binh-duong
    period_start: 2022-01-01
    period_end: 2022-12-31
    value: 6
    qualifier: exact
    method: derived
    evidence: six
    source: nowhere-2024-01-01-article
`;

describe('every kind of curator mistake, at once', { timeout: 60_000 }, () => {
  it('is reported by pnpm validate and by the server at start alike, each naming file, record and field', async () => {
    const data = copyFixtureData();
    try {
      data.write('sources/broken-2024-01-01-file.yaml', 'source: [\n');
      data.replace(PORTAL, 'value: 35000000000', 'value: "35 billion"');
      data.replace(PORTAL, 'period_end: 2020-06-30', 'period_end: 2019-12-31');
      data.replace(BAOMOI, 'indicator: partner_localities', 'indicator: partner_cities');
      data.replace(BAOMOI, 'value: 40000000000', 'value: 41000000000');
      data.replace(BAOMOI, 'entity: thu-dau-mot', 'entity: ho-chi-minh');
      data.replace(BAOMOI, 'date: 2024-01-01', 'date: 2024-02-30');
      data.replace(BAOMOI, 'id: award-2023', 'id: conference-2020-06');
      data.write(EXTRA, EXTRA_ARTICLE);

      const expected = [
        expect.stringMatching(/^sources\/broken-2024-01-01-file\.yaml: line \d+, column \d+: not valid YAML: /),
        `${PORTAL}: observations[0] "fdi-registered-2020-06" (line 14), field "value": expected a number in base units, e.g. 42400000000 for 42.4 billion`,
        `${PORTAL}: observations[1] "fdi-attracted-2020-h1" (line 22), field "period_end": period_end must not be before period_start`,
        `${BAOMOI}: observations[0] "partners-2024-01", field "indicator": unknown indicator "partner_cities": add it to indicators.yaml or correct the id`,
        expect.stringMatching(
          new RegExp(
            `^${BAOMOI.replaceAll('.', '\\.')}: observations\\[1\\] "fdi-registered-2023-12", field "evidence": a stated value must be written in its evidence`,
          ),
        ),
        `${BAOMOI}: observations[2] "partners-tdm-2024-01", field "entity": unknown entity "ho-chi-minh": add it to entities.yaml or correct the id`,
        `${BAOMOI}: events[0] "partner-kumamoto" (line 42), field "date": 2024-02-30 is not a date that exists`,
        `${PORTAL}: event "conference-2020-06" (events[0]), field "id": duplicate id: already used by events[1] in ${BAOMOI}; give each event its own id`,
        `${EXTRA}: observations[0] "extra-empty-evidence" (line 16), field "evidence": evidence must not be empty: quote the phrase of the article that states the figure`,
        expect.stringMatching(
          /^sources\/extra-2024-02-01-article\.yaml: observations\[1\] "extra-other-source" \(line \d+\), field "source": this file is the article "extra-2024-02-01-article", but the record cites "nowhere-2024-01-01-article"/,
        ),
      ];
      const problems = (stderr: string) =>
        stderr
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.trim());

      const validated = await validate(data.dir);
      expect(validated.code).toBe(1);
      expect(validated.stderr.split('\n')[0]).toBe(`The data in ${data.dir} is not valid (${expected.length} problems):`);
      expect(problems(validated.stderr)).toEqual(expect.arrayContaining(expected));
      expect(problems(validated.stderr)).toHaveLength(expected.length);

      const started = await validate(data.dir, 'src/main.ts', { PORT: String(await freePort()) });
      expect(started.code).toBe(1);
      expect(started.stderr).toBe(validated.stderr);
    } finally {
      data.dispose();
    }
  });
});

describe('a record removed from the data', { timeout: 90_000 }, () => {
  it('stops the server from starting, naming it, until pnpm validate --accept-removals; then health says what went', async () => {
    const data = copyFixtureData();
    const kept = mkdtempSync(path.join(os.tmpdir(), 'bd-kept-'));
    const env = { DATA_SNAPSHOT_DIR: kept };
    try {
      const first = await startServer({ DATA_DIR: data.dir, WEB_DIST: data.dir, ...env });
      expect(first.output()).toContain('No earlier data to compare with');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      data.write(BAOMOI, data.read(BAOMOI).replace(/ {2}- id: award-2023\n( {4}.*\n)*/, ''));
      const refused = await validate(data.dir, 'src/main.ts', { PORT: String(await freePort()), ...env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Refusing to start: the data lost records.');
      expect(refused.stderr).toContain(`  ${BAOMOI}: 1 event removed (award-2023)`);
      expect(refused.stderr).toContain('confirm it in one step: pnpm validate --accept-removals');

      const checked = await validate(data.dir, 'src/validate.ts', env);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain(`${BAOMOI}: 1 event removed (award-2023)`);
      const accepted = await validate(data.dir, 'src/validate.ts', env, ['--accept-removals']);
      expect(accepted.code).toBe(0);
      expect(accepted.stdout).toMatch(/Accepted data version [0-9a-f]{12} with its 1 removal/);

      const second = await startServer({ DATA_DIR: data.dir, WEB_DIST: data.dir, ...env });
      const health = healthAnswerSchema.parse(await (await fetch(`${second.base}/api/health`)).json());
      expect(health.last_change).toMatchObject({ removed: 1, summary: '1 record (1 removed) in 1 file' });
    } finally {
      stopServers();
      data.dispose();
      rmSync(kept, { recursive: true, force: true });
    }
  });

  it('says which drafts wait, which the data does not hold', async () => {
    const data = copyFixtureData();
    try {
      mkdirSync(path.join(data.dir, 'drafts'));
      data.write('drafts/riverside-2025-03-20.yaml', 'source:\n  id: riverside-2025-03-20\n');
      const { code, stdout } = await validate(data.dir);
      expect(code).toBe(0);
      expect(stdout).toContain('Data is valid: 2 sources,');
      expect(stdout).toMatch(/1 draft is waiting, not served until published: \S*drafts\/riverside-2025-03-20\.yaml \(/);
    } finally {
      data.dispose();
    }
  });

  it('refuses an unknown option with the usage, and an --against that names no commit', async () => {
    const unknown = await validate(FIXTURE_DATA_DIR, 'src/validate.ts', {}, ['--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).toContain('Usage: pnpm validate [--against <git ref>] [--accept-removals]');
    const nowhere = await validate(FIXTURE_DATA_DIR, 'src/validate.ts', {}, ['--against', 'no-such-ref']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('"no-such-ref" names no commit');
  });
});
