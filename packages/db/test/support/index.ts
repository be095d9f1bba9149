import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toIsoDay } from '@belonging/domain';
import type { DatabaseTarget } from '../../src/adapter.ts';
import { createDb, type DbHandle } from '../../src/client.ts';
import { applyMigrations } from '../../src/migrate/migrations.ts';
import type { Provider } from '../../src/migrate/schema-source.ts';
import { seedDemoTrust } from '../../src/seed/demo-trust.ts';
import { adminQuery, databaseUrl, quoteName } from './postgres-server.ts';
import { templateFor, type TemplateRecipe } from './templates.ts';

export type { TemplateRecipe } from './templates.ts';

/** The providers tests run against: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export function testProviders(): Provider[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export type TestDatabase = DbHandle & { url: string; drop: () => Promise<void> };
export type FilledTestDatabase<T> = TestDatabase & { facts: T };
export type DemoTestDatabase = FilledTestDatabase<{ organisationId: string }>;

const MIGRATED: TemplateRecipe<null> = { key: 'migrated', fill: () => Promise.resolve(null) };

/** The demo trust as seeded on `today`'s London day; its id is the copy's `facts`. */
export function demoTrustAsOf(today: Date): TemplateRecipe<{ organisationId: string }> {
  return {
    key: `demo trust as of ${toIsoDay(today)}`,
    fill: async (db) => ({ organisationId: (await seedDemoTrust(db, { today })).organisationId }),
  };
}

/**
 * A new database of its own for one test file: a temporary SQLite file, or a new database on the
 * TEST_POSTGRES_URL server, migrated and, with a recipe, filled. In a vitest run the migrations
 * and the recipe run once into a template that each file copies (see ./global-setup.ts);
 * elsewhere (benches) they run on the new database itself. `drop` disconnects and removes it.
 */
export function createTestDatabase(provider: Provider): Promise<TestDatabase>;
export function createTestDatabase<T>(
  provider: Provider,
  recipe: TemplateRecipe<T>,
): Promise<FilledTestDatabase<T>>;
export async function createTestDatabase<T>(
  provider: Provider,
  recipe?: TemplateRecipe<T>,
): Promise<FilledTestDatabase<T | null>> {
  const fill: TemplateRecipe<T | null> = recipe ?? MIGRATED;
  const template = await templateFor(provider, fill);
  const { url, remove } = await newDatabase(provider, template?.source);
  const target: DatabaseTarget = { provider, url };
  if (!template) await applyMigrations(target);
  const handle = createDb(url);
  const facts = template ? template.facts : await fill.fill(handle.db);
  return {
    ...handle,
    url,
    facts,
    drop: async () => {
      await handle.db.$disconnect();
      await remove();
    },
  };
}

/** An empty database, or a copy of the template when there is one. */
async function newDatabase(
  provider: Provider,
  template: string | undefined,
): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-test-'));
    const file = path.join(dir, 'test.db');
    if (template) copyFileSync(template, file);
    return {
      url: `file:${file}`,
      remove: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `belonging_test_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const from = template ? ` TEMPLATE ${quoteName(template)}` : '';
  await adminQuery(`CREATE DATABASE ${quoteName(name)}${from}`);
  return {
    url: databaseUrl(name),
    remove: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${quoteName(name)} WITH (FORCE)`);
    },
  };
}

export * from './rows/audit.ts';
export * from './rows/strategy.ts';
export * from './rows/actions.ts';
export * from './rows/kpis.ts';
export * from './rows/periods.ts';
export * from './rows/users.ts';
export * from './rows/counts.ts';
export * from './rows/demo-trust.ts';
export * from './rows/every-table.ts';
export * from './rows/migrations.ts';
export { takePostgresDatabaseAway } from './outage.ts';
export * from './fixtures/archived-items.ts';
export * from './fixtures/other-trust.ts';
export * from './fixtures/public-leak.ts';
export * from './fixtures/people.ts';
export * from './fixtures/periods.ts';
export * from './fixtures/strategy-items.ts';
export * from './rows/comments.ts';
export * from './rows/eds.ts';
export * from './fixtures/import-rows.ts';
export * from './rows/outbox.ts';
export * from './fixtures/outbox-messages.ts';
export * from './rows/sso.ts';
export * from './rows/email-schedule.ts';
