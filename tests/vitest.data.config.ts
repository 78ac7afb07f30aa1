import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'data', environment: 'node', include: ['data/**/*.test.ts'], root: import.meta.dirname },
});
