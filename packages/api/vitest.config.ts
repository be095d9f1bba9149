import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Migrates and seeds one template database per provider and recipe per run; each test file
    // copies it (packages/db/test/support/templates.ts).
    globalSetup: ['@belonging/db/testing/global-setup'],
    // These files share no module state but the assessment cache, which each test bed empties,
    // and use no mocks or timers: one worker thread keeps its modules loaded from file to file
    // instead of loading the API afresh for each (a fifth of the time on two cores).
    pool: 'threads',
    isolate: false,
  },
});
