import { defineConfig } from 'vitest/config';

// One runner for the whole repo: each package and app is a vitest project with its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
