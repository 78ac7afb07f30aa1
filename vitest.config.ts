import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/ingest',
      'apps/api',
      'apps/web',
      'tests/vitest.data.config.ts',
      'tests/vitest.e2e.config.ts',
    ],
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/vitest-report.json' }]],
  },
});
