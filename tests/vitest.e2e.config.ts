import { defineProject } from 'vitest/config';

/** End-to-end tests in Debian's Chromium against the real server; one file at a time, each with its own server. */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    root: import.meta.dirname,
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // No retries: a test that fails once is a bug to find, in the test or the code, not to run again.
  },
});
