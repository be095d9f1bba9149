// `pnpm bench` for the web app: the gzipped JavaScript the board report loads, and the time from
// navigation to its summary being visible in headless Chromium on the demo trust (median of 10).
import { CHROMIUM_ARGS, DEMO_PASSWORD, ensureChromium } from '@belonging/e2e';
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = 10;
const TARGETS = { kilobytes: 250, seconds: 1.5 };
const webDir = path.resolve(import.meta.dirname, '..');
const distDir = path.join(webDir, 'dist');
const rootDir = path.resolve(webDir, '../..');

async function waitForHealth(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not become healthy within two minutes');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

if (
  spawnSync('pnpm', ['exec', 'vite', 'build', '--configLoader', 'runner', '--logLevel', 'error'], {
    cwd: webDir,
    stdio: 'inherit',
  }).status !== 0
) {
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-web-bench-'));
const port = 30000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;
const server = spawn('pnpm', ['--filter', '@belonging/server', 'start'], {
  cwd: rootDir,
  env: {
    ...process.env,
    DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'auto',
  },
  stdio: 'ignore',
  detached: true,
});

try {
  await waitForHealth(base, server);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const signInContext = await browser.newContext({ baseURL: base });
  const signInPage = await signInContext.newPage();
  await signInPage.goto('/sign-in');
  await signInPage.getByLabel('Email address').fill('chair@belonging.test');
  await signInPage.getByLabel('Password').fill(DEMO_PASSWORD);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
  await signInPage.getByTestId('report-summary').waitFor();
  const storageState = await signInContext.storageState();
  await signInContext.close();

  const times: number[] = [];
  let scripts = new Set<string>();
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: an empty cache, as a board member opening the report from an email.
    const context = await browser.newContext({ baseURL: base, storageState });
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) loaded.add(url.pathname);
    });
    await page.goto('/report');
    await page.getByTestId('report-summary').waitFor();
    times.push(await page.evaluate(() => performance.now()));
    scripts = loaded;
    await context.close();
  }
  await browser.close();

  const bytes = [...scripts].reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file))).length,
    0,
  );
  const kilobytes = bytes / 1024;
  const seconds = median(times) / 1000;
  console.log(
    `Board report JavaScript (gzipped, ${scripts.size} files): ${kilobytes.toFixed(1)} KB (target under ${TARGETS.kilobytes} KB)`,
  );
  console.log(
    `Navigation to summary visible, median of ${RUNS}: ${seconds.toFixed(3)} s (target under ${TARGETS.seconds} s; fastest ${(Math.min(...times) / 1000).toFixed(3)} s, slowest ${(Math.max(...times) / 1000).toFixed(3)} s)`,
  );
  if (kilobytes >= TARGETS.kilobytes || seconds >= TARGETS.seconds) process.exitCode = 1;
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
}
