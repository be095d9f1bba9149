import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'mail',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test databases are copies of one migrated template per provider per run.
    globalSetup: ['@belonging/db/testing/global-setup'],
  },
});
