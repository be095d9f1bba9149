import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import type { Provider } from './migrate/schema-source.ts';

export type DatabaseTarget = { provider: Provider; url: string };

/** Reads a DATABASE_URL: `file:` URLs are SQLite, `postgres(ql)://` URLs are PostgreSQL. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('file:')) return { provider: 'sqlite', url };
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${redactUrl(url)}".`,
  );
}

/** The URL with any password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * The driver adapter for a database. PostgreSQL gets a pool config with separate fields, not a
 * connection string, so the shadow database used for migration diffs gets its own name.
 */
export function createAdapterFactory(target: DatabaseTarget): PrismaLibSql | PrismaPg {
  if (target.provider === 'sqlite') return new PrismaLibSql({ url: target.url });
  return new PrismaPg(poolConfigFromUrl(target.url));
}

export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname || u.searchParams.get('host') || 'localhost',
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
    max: 10,
  };
}
