import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureData, FIXTURE_DATA_DIR } from './test-fixtures/fixture-data.ts';

const API_DIR = path.resolve(import.meta.dirname, '..');

/** Runs `tsx src/validate.ts` as `pnpm validate` does, and collects what it prints. */
function validate(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(API_DIR, 'node_modules', '.bin', 'tsx'), ['src/validate.ts'], {
    cwd: API_DIR,
    env: { ...process.env, DATA_DIR: dataDir },
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
    expect(stdout).toMatch(/^Data is valid: 2 sources, 3 indicators, 5 observations, 3 events \(version [0-9a-f]{12}\)\n$/);
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
      expect(lines[1]).toMatch(/^ {2}entities\.yaml: entities\[0\] "binh-duong" \(line 3\), field "country": /);
      expect(lines[2]).toMatch(/^ {2}sources\/broken\.yaml: line \d+, column \d+: not valid YAML: /);
    } finally {
      data.dispose();
    }
  });
});
