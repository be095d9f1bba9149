import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfigFromUrl, type DatabaseTarget } from '../adapter.ts';

/**
 * Driver adapter factories for the schema engine. PostgreSQL's catalogue queries return columns
 * of the internal `"char"` type, which adapter-pg cannot map; they are read as text instead.
 */
export function migrationAdapterFactory(
  target: DatabaseTarget,
): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === 'sqlite') return new PrismaLibSql({ url: target.url });
  return new PrismaPg(charAsTextPool(poolConfigFromUrl(target.url)), { disposeExternalPool: true });
}

const PG_CHAR = 18;
const PG_TEXT = 25;

function charAsTextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      const result = await query(...args);
      for (const field of result.fields ?? []) {
        if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      }
      return result;
    },
  });
  return pool;
}

/**
 * Runs `fn` against a new, empty database beside the target (a temporary SQLite file, or a new
 * PostgreSQL database on the same server) and removes it afterwards, whatever happens.
 */
export async function withScratchDatabase<T>(
  target: DatabaseTarget,
  fn: (scratch: DatabaseTarget) => Promise<T>,
): Promise<T> {
  if (target.provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-scratch-'));
    try {
      return await fn({ provider: 'sqlite', url: `file:${path.join(dir, 'scratch.db')}` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const admin = new pg.Client(poolConfigFromUrl(target.url));
  await admin.connect();
  const database = `belonging_scratch_${crypto.randomUUID().replace(/-/g, '')}`;
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(target.url);
    url.pathname = `/${database}`;
    return await fn({ provider: 'postgresql', url: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}
