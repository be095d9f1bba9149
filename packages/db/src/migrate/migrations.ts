import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { DatabaseTarget } from '../adapter.ts';
import { openSchemaEngine } from './engine.ts';
import { withScratchDatabase } from './scratch-db.ts';
import { migrationsDir, schemaFor, type Provider } from './schema-source.ts';

const FILTERS = { externalTables: [], externalEnums: [] };
const LOCKFILE = 'migration_lock.toml';

/** The committed migration folders of one provider, read the way the schema engine expects. */
export function readMigrationList(
  provider: Provider,
  baseDir = migrationsDir(provider),
): MigrationList {
  const lockPath = path.join(baseDir, LOCKFILE);
  const folders = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: lockPath,
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: folders.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok',
          value: readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  };
}

/** Applies pending migrations; returns the names applied (empty when already up to date). */
export async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const engine = await openSchemaEngine(target);
  try {
    const out = await engine.applyMigrations({
      migrationsList: readMigrationList(target.provider),
      filters: FILTERS,
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that would bring the committed migrations up to the schema: empty when they agree.
 * The migrations are applied to a scratch database beside `server`, which is then compared with
 * the schema (the engine's own shadow-database replay runs only each script's first statement
 * over libsql, so it is not used).
 */
export async function pendingSchemaChange(
  server: DatabaseTarget,
  schema = schemaFor(server.provider),
  baseDir = migrationsDir(server.provider),
): Promise<string> {
  return withScratchDatabase(server, async (scratch) => {
    const engine = await openSchemaEngine(scratch);
    try {
      await engine.applyMigrations({
        migrationsList: readMigrationList(scratch.provider, baseDir),
        filters: FILTERS,
      });
      const files = [{ path: 'schema.prisma', content: schema }];
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: '.' },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: true,
        filters: FILTERS,
      });
      return result.exitCode === 2 ? (result.stdout ?? '') : '';
    } finally {
      engine.free();
    }
  });
}

/** Names of committed migrations not yet recorded as applied in the database. */
export async function unappliedMigrations(target: DatabaseTarget): Promise<string[]> {
  const engine = await openSchemaEngine(target);
  try {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList: readMigrationList(target.provider),
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
    const history = out.history;
    if (history?.diagnostic === 'databaseIsBehind') return history.unappliedMigrationNames;
    if (history?.diagnostic === 'historiesDiverge') return history.unappliedMigrationNames;
    return [];
  } finally {
    engine.free();
  }
}

/** Writes `<timestamp>_<name>/migration.sql` for a provider and returns the folder. */
export function writeMigration(
  provider: Provider,
  name: string,
  sql: string,
  now = new Date(),
): string {
  const baseDir = migrationsDir(provider);
  mkdirSync(baseDir, { recursive: true });
  const lockPath = path.join(baseDir, LOCKFILE);
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      `# Written by the migration tool; do not edit.\nprovider = "${provider}"\n`,
    );
  }
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(baseDir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'migration.sql'), sql);
  return folder;
}
