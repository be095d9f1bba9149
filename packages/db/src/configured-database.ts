import { existsSync } from 'node:fs';
import path from 'node:path';

/** The database the server uses when DATABASE_URL is not set (apps/server/src/env.ts). */
export const DEFAULT_DATABASE_URL = 'file:./data/belonging.db';

/**
 * The folder the command was started in: pnpm runs scripts inside the package and says where the
 * person was in INIT_CWD, so relative paths mean what they typed.
 */
export function startFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}

/**
 * DATABASE_URL as the server reads it: the same default, and a relative SQLite path taken from
 * the folder the command was started in, so a backup reads the file the server writes.
 */
export function configuredDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const relative = /^file:(\.{1,2}\/.*)$/.exec(url);
  return relative?.[1] ? `file:${path.resolve(startFolder(env), relative[1])}` : url;
}

/** Reads a `.env` file in the start folder as the server does; variables already set win. */
export function loadStartFolderEnvFile(env: NodeJS.ProcessEnv = process.env): void {
  const file = path.resolve(startFolder(env), '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
