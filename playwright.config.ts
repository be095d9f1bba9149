import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './packages/e2e/src/chromium.ts';
import { e2eSsoEnv } from './packages/e2e/test/sso.ts';

// Browser tests run through `pnpm test:e2e`, which builds the apps and picks a fresh database and
// port. One worker: the tests share one server and demo database, as people share one trust.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? 'file:/tmp/belonging-e2e/e2e.db';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testMatch: '**/e2e/**/*.spec.ts',
  testIgnore: '**/node_modules/**',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'web', testDir: 'apps/web/e2e' },
    { name: 'admin', testDir: 'apps/admin/e2e', use: { baseURL } },
  ],
  webServer: {
    command: 'pnpm --filter @belonging/server start',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'auto',
      // Single sign-on through the provider apps/web/e2e/sso.spec.ts starts; sign-in by password stays.
      ...e2eSsoEnv(),
      // Lets the sign-in settings page store a client secret; a key for browser tests only.
      SETTINGS_KEY: 'browser-tests-only-settings-key-0123456789',
    },
  },
});
