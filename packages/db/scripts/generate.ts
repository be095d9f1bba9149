// Generates one Prisma client per provider from the single schema.prisma, without any download:
// generation never uses the schema engine, so any executable satisfies Prisma's check for it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PRISMA_DIR, PROVIDERS, SCHEMA_PATH, schemaFor } from '../src/migrate/schema-source.ts';

const require = (await import('node:module')).createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

for (const provider of PROVIDERS) {
  const schemaPath =
    provider === 'postgresql' ? SCHEMA_PATH : path.join(PRISMA_DIR, `schema.${provider}.prisma`);
  if (provider !== 'postgresql') writeFileSync(schemaPath, schemaFor(provider));
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  console.log(`Generated the ${provider} client.`);
}
