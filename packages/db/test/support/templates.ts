import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { createDb, type Db } from '../../src/client.ts';
import { applyMigrations } from '../../src/migrate/migrations.ts';
import { migrationsDir, type Provider } from '../../src/migrate/schema-source.ts';
import { adminQuery, databaseUrl, quoteName } from './postgres-server.ts';

/**
 * What a template holds beyond the migrations: `key` names it (the same key means the same rows),
 * `fill` writes the rows once and returns facts (ids, as JSON) that every copy shares.
 */
export type TemplateRecipe<T> = { key: string; fill: (db: Db) => Promise<T> };

/** Set by the vitest global setup: the folder where this run keeps its templates. */
export const TEMPLATES_ENV = 'BELONGING_TEST_TEMPLATES';

export type Template<T> = { source: string; facts: T };

const WAIT_MS = 180_000;
const SEED_DIR = fileURLToPath(new URL('../../src/seed/', import.meta.url));

/**
 * The template for one provider and recipe, built once per test run by whichever test file asks
 * first (a lock folder keeps the others waiting) and reused by every later file; every file, the
 * builder too, reads the facts back from the run folder, so all see the same JSON. `source` is the
 * SQLite file to copy or the PostgreSQL database to name as TEMPLATE. Undefined outside a run
 * with the global setup (benches, scripts): the caller then builds its database directly.
 */
export async function templateFor<T>(
  provider: Provider,
  recipe: TemplateRecipe<T>,
): Promise<Template<T> | undefined> {
  const runDir = process.env[TEMPLATES_ENV];
  if (!runDir || !existsSync(runDir)) return undefined;
  const name = templateName(runDir, provider, recipe.key);
  const ready = path.join(runDir, `${name}.json`);
  const lock = path.join(runDir, `${name}.lock`);
  const source = provider === 'sqlite' ? path.join(runDir, `${name}.db`) : name;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (existsSync(ready)) {
      return { source, facts: JSON.parse(readFileSync(ready, 'utf8')) as T };
    }
    if (tryLock(lock)) {
      try {
        const facts = await buildTemplate(provider, source, recipe);
        const written = `${ready}.${process.pid}`;
        writeFileSync(written, JSON.stringify(facts ?? null));
        renameSync(written, ready);
      } catch (error) {
        // Let the next file try again rather than wait for a template that never comes.
        rmSync(lock, { recursive: true, force: true });
        throw error;
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`The test template ${name} was not ready after ${WAIT_MS / 1000} s.`);
    }
    await sleep(50);
  }
}

async function buildTemplate<T>(
  provider: Provider,
  source: string,
  recipe: TemplateRecipe<T>,
): Promise<T> {
  if (provider === 'sqlite') {
    const building = `${source}.building`;
    rmSync(building, { force: true });
    const facts = await migrateAndFill(`file:${building}`, recipe);
    await checkpointSqlite(building);
    renameSync(building, source);
    return facts;
  }
  const building = `${source}_b`;
  await adminQuery(`DROP DATABASE IF EXISTS ${quoteName(building)} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${quoteName(building)}`);
  const facts = await migrateAndFill(databaseUrl(building), recipe);
  // A template must have no open sessions while it is copied: end any the drivers left behind,
  // then refuse new ones (CREATE DATABASE … TEMPLATE still reads it).
  await adminQuery(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [building],
  );
  await adminQuery(`ALTER DATABASE ${quoteName(building)} RENAME TO ${quoteName(source)}`);
  await adminQuery(`ALTER DATABASE ${quoteName(source)} WITH ALLOW_CONNECTIONS false`);
  return facts;
}

async function migrateAndFill<T>(url: string, recipe: TemplateRecipe<T>): Promise<T> {
  const handle = createDb(url);
  try {
    await applyMigrations(handle.target);
    return await recipe.fill(handle.db);
  } finally {
    await handle.db.$disconnect();
  }
}

/**
 * Moves everything in a WAL-mode file's write-ahead log into the file itself and empties the log,
 * so copying the one file copies every row (the clients open SQLite in WAL mode).
 */
async function checkpointSqlite(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}`, timeout: 30_000 });
  try {
    const result = await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    if (result.rows[0]?.busy !== 0) throw new Error(`The test template ${file} stayed busy.`);
  } finally {
    client.close();
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * `belonging_tpl_<run>_<hash>`: the run's folder name keeps runs apart; the hash covers the
 * provider, the recipe and the migrations and seed code, so a watch-mode rerun after editing
 * either builds a new template instead of copying a stale one.
 */
function templateName(runDir: string, provider: Provider, key: string): string {
  const hash = createHash('sha256')
    .update(`${provider}\n${key}\n${codeHash(provider)}`)
    .digest('hex');
  return `${templatePrefix(runDir)}${hash.slice(0, 16)}`;
}

/** The start of every PostgreSQL template name of one run, for the global teardown to drop. */
export function templatePrefix(runDir: string): string {
  const run = path
    .basename(runDir)
    .replace(/[^a-z0-9]/gi, '')
    .slice(-8)
    .toLowerCase();
  return `belonging_tpl_${run}_`;
}

const codeHashes = new Map<Provider, string>();

function codeHash(provider: Provider): string {
  const known = codeHashes.get(provider);
  if (known) return known;
  const hash = createHash('sha256');
  for (const dir of [migrationsDir(provider), SEED_DIR]) {
    const files = readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files)
      hash.update(`${path.relative(dir, file)}\n`).update(readFileSync(file));
  }
  const digest = hash.digest('hex');
  codeHashes.set(provider, digest);
  return digest;
}
