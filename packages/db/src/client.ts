import type { Client, Config } from '@libsql/client';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { parseDatabaseUrl, poolConfigFromUrl, type DatabaseTarget } from './adapter.ts';

/**
 * The database client. Both providers are generated from one schema, so their APIs match; the
 * SQLite client's type stands for both, and the PostgreSQL client is cast to it in one place.
 */
export type Db = SqliteClient;
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];
/** A client or an open transaction: query functions accept either. */
export type DbClient = Db | DbTransaction;

export type DbHandle = { db: Db; target: DatabaseTarget };

/** How long a SQLite statement waits for another connection's write to finish before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * SQLite as the server needs it: WAL mode, so readers never wait for a writer and a writer never
 * waits for readers (the mode is kept in the file, so this is set once per new client and is then
 * a no-op), and a busy timeout on every connection libsql opens, so two writers queue rather than
 * fail at once. `synchronous` stays FULL: see the README's "Durability" section.
 */
class TunedLibSql extends PrismaLibSql {
  override createClient(config: Config): Client {
    const client = super.createClient({ ...config, timeout: SQLITE_BUSY_TIMEOUT_MS });
    // libsql runs the statement before its promise settles; a failure (a read-only file, another
    // process switching at the same moment) leaves the mode as it was and surfaces on first use.
    client.execute('PRAGMA journal_mode = WAL').catch(() => undefined);
    return client;
  }
}

export function createDb(databaseUrl: string): DbHandle {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    return { db: new SqliteClient({ adapter: new TunedLibSql({ url: target.url }) }), target };
  }
  const db = new PostgresClient({ adapter: new PrismaPg(poolConfigFromUrl(target.url)) });
  return { db: db as unknown as Db, target };
}

/** Closes the client's connections; the process can then exit without waiting on the pool. */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
}
