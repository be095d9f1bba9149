import pg from 'pg';
import { poolConfigFromUrl } from '../../src/adapter.ts';

/** The PostgreSQL server tests run against (TEST_POSTGRES_URL), or a clear error without one. */
export function testServerUrl(): string {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set: PostgreSQL tests need a server.');
  return serverUrl;
}

/** The URL of one database on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the test server's own database (creating and dropping databases). */
export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client(poolConfigFromUrl(testServerUrl()));
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** Database names here are made by the tests themselves, from letters, digits and underscores. */
export function quoteName(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a test database name: ${name}`);
  return `"${name}"`;
}
