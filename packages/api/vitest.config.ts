import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Migrates and seeds one template database per provider and recipe per run; each test file
    // copies it (packages/db/src/testing/templates.ts).
    globalSetup: ['@belonging/db/testing/global-setup'],
  },
});
