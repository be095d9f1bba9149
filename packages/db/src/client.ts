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

export function createDb(databaseUrl: string): DbHandle {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    return { db: new SqliteClient({ adapter: new PrismaLibSql({ url: target.url }) }), target };
  }
  const db = new PostgresClient({ adapter: new PrismaPg(poolConfigFromUrl(target.url)) });
  return { db: db as unknown as Db, target };
}

/** Closes the client's connections; the process can then exit without waiting on the pool. */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
}
