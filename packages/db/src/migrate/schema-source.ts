import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export type Provider = 'sqlite' | 'postgresql';
export const PROVIDERS: readonly Provider[] = ['sqlite', 'postgresql'];

export const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');

export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, 'migrations', provider);
}

/**
 * The schema text for one provider. schema.prisma is the PostgreSQL dialect; SQLite has no
 * native column types, so its variant swaps the provider and output and drops `@db.*` attributes.
 */
export function schemaFor(provider: Provider, source = readFileSync(SCHEMA_PATH, 'utf8')): string {
  if (provider === 'postgresql') return source;
  return source
    .replace(/provider\s*=\s*"postgresql"/, 'provider = "sqlite"')
    .replace(
      /output\s*=\s*"\.\.\/src\/generated\/postgresql"/,
      'output       = "../src/generated/sqlite"',
    )
    .replace(/[ \t]+@db\.\w+(\([^)]*\))?/g, '');
}
