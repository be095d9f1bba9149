import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, quoteName } from './postgres-server.ts';
import { TEMPLATES_ENV, templatePrefix } from './templates.ts';

/**
 * Vitest global setup for the projects that use test databases: one folder per run where test
 * files build their shared templates (./templates.ts), removed with the templates at the end.
 * The first project to start owns the folder; the others of the same run reuse it.
 */
export default function setup(): (() => Promise<void>) | undefined {
  if (process.env[TEMPLATES_ENV]) return undefined;
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-templates-'));
  process.env[TEMPLATES_ENV] = runDir;
  return async () => {
    delete process.env[TEMPLATES_ENV];
    rmSync(runDir, { recursive: true, force: true });
    if (!process.env.TEST_POSTGRES_URL) return;
    const { rows } = await adminQuery(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [templatePrefix(runDir)],
    );
    for (const { datname } of rows as { datname: string }[]) {
      await adminQuery(`DROP DATABASE IF EXISTS ${quoteName(datname)} WITH (FORCE)`);
    }
  };
}
