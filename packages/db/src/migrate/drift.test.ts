import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testProviders } from '../../test/support/index.ts';
import { pendingSchemaChange } from './migrations.ts';
import { SCHEMA_PATH, schemaFor, type Provider } from './schema-source.ts';

const serverFor = (provider: Provider) =>
  provider === 'sqlite'
    ? { provider, url: 'file:unused.db' }
    : { provider, url: process.env.TEST_POSTGRES_URL ?? '' };

describe.each(testProviders())('migrations on %s', (provider) => {
  it('agree with schema.prisma (no drift)', async () => {
    const sql = await pendingSchemaChange(serverFor(provider));
    expect(sql, 'Run `pnpm db:migration:new <name>` to write the missing migration').toBe('');
  });

  it('report a field added to the schema without a migration', async () => {
    const source = readFileSync(SCHEMA_PATH, 'utf8').replace(
      /model Milestone \{\n/,
      'model Milestone {\n  driftProbe String?\n',
    );
    const sql = await pendingSchemaChange(serverFor(provider), schemaFor(provider, source));
    expect(sql).toMatch(/ALTER TABLE "Milestone" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});
