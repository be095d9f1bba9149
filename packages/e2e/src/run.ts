// `pnpm test:e2e`: finds (or installs) Chromium, builds the web and admin apps and the server, then
// runs every browser test against the built server on a fresh SQLite database with the demo trust.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

let chromium: string;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (
  run('pnpm', [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@belonging/web',
    '--filter=@belonging/admin',
    // The browser tests drive the production server: plain JavaScript, as `pnpm start` runs it.
    '--filter=@belonging/server',
    '--output-logs=errors-only',
  ]) !== 0
) {
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-e2e-'));
const port = String(30000 + Math.floor(Math.random() * 20000));
const status = run('pnpm', ['exec', 'playwright', 'test', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromium,
  E2E_DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
  E2E_PORT: port,
});
rmSync(dataDir, { recursive: true, force: true });
process.exit(status);
