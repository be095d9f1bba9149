import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from './adapter.ts';

/** SQLite creates the file but not its folder: make the folder for `file:` URLs. */
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.provider !== 'sqlite') return;
  const file = target.url.replace(/^file:/, '').split('?')[0] ?? '';
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
