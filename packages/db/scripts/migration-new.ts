// Writes the next migration for both providers from schema.prisma.
// SQLite diffs on an in-memory shadow database. PostgreSQL needs a server to replay the
// migrations on: TEST_POSTGRES_URL if set, else a throwaway cluster from the machine's binaries.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pendingSchemaChange, writeMigration } from '../src/migrate/migrations.ts';
import { PROVIDERS, type Provider } from '../src/migrate/schema-source.ts';

const name = (process.argv[2] ?? '').trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm db:migration:new <name>   (lower-case letters, digits and _)');
  process.exit(2);
}

const clusterScript = path.join(import.meta.dirname, 'pg-cluster.sh');
let clusterDir: string | null = null;

function postgresUrl(): string {
  if (process.env.TEST_POSTGRES_URL) return process.env.TEST_POSTGRES_URL;
  clusterDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-pg-'));
  const port = String(20000 + Math.floor(Math.random() * 20000));
  return execFileSync('bash', [clusterScript, 'start', clusterDir, port], {
    encoding: 'utf8',
  }).trim();
}

const urlFor: Record<Provider, () => string> = {
  sqlite: () => 'file:scratch.db',
  postgresql: postgresUrl,
};

try {
  const now = new Date();
  for (const provider of PROVIDERS) {
    const sql = await pendingSchemaChange({ provider, url: urlFor[provider]() });
    if (!sql.trim()) {
      console.log(`${provider}: schema and migrations agree; nothing to write.`);
      continue;
    }
    console.log(`${provider}: wrote ${writeMigration(provider, name, sql, now)}`);
  }
} finally {
  if (clusterDir) {
    execFileSync('bash', [clusterScript, 'stop', clusterDir]);
    rmSync(clusterDir, { recursive: true, force: true });
  }
}
