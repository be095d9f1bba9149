import { defineConfig } from 'vitest/config';

// Coverage applies when the package runs on its own (`pnpm --filter @belonging/domain coverage`);
// as a project of the root config only the test settings are used.
export default defineConfig({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test-data.ts'],
      reporter: ['text-summary', 'text'],
      // All domain code, the API input schemas included, must stay at 95% of lines.
      thresholds: { 'src/**': { lines: 95 } },
    },
  },
});
