import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { createTestDatabase, testProviders, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from './client.ts';
import { databaseErrorKind } from './database-errors.ts';

async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('The call did not fail');
}

describe.each(testProviders())('databaseErrorKind on %s', (provider) => {
  let bed: TestDatabase;
  beforeAll(async () => {
    bed = await createTestDatabase(provider);
  });
  afterAll(() => bed.drop());

  const user = { email: 'taken@example.test', name: 'Taken', passwordHash: 'x' };

  it('names a unique value already taken a duplicate', async () => {
    await bed.db.user.create({ data: user });
    const error = await thrownBy(() => bed.db.user.create({ data: user }));
    expect(databaseErrorKind(error)).toBe('duplicate');
  });

  it('names a change to a record that is not there not_found', async () => {
    const error = await thrownBy(() =>
      bed.db.user.update({ where: { id: 'missing' }, data: { name: 'Nobody' } }),
    );
    expect(databaseErrorKind(error)).toBe('not_found');
  });

  it('leaves any other error unclassified', () => {
    expect(databaseErrorKind(new Error('boom'))).toBeNull();
  });
});

/** The error a first query meets on a database URL that cannot be reached or opened. */
async function firstQueryErrorOn(url: string): Promise<unknown> {
  const { db } = createDb(url);
  try {
    return await thrownBy(() => db.user.findFirst());
  } finally {
    await closeDb(db).catch(() => undefined);
  }
}

describe('databaseErrorKind names a database that cannot be reached unavailable', () => {
  it('an SQLite file in a folder that does not exist (SQLITE_CANTOPEN)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-unavailable-'));
    try {
      const error = await firstQueryErrorOn(`file:${path.join(dir, 'missing', 'belonging.db')}`);
      expect(databaseErrorKind(error)).toBe('unavailable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an SQLite file another connection holds a write lock on (SQLITE_BUSY)', async () => {
    const bed = await createTestDatabase('sqlite');
    const other = createClient({ url: bed.url });
    const holding = await other.transaction('write');
    try {
      await holding.execute('UPDATE "User" SET "name" = "name"');
      const error = await thrownBy(() => bed.db.$executeRaw`UPDATE "User" SET "name" = "name"`);
      expect(databaseErrorKind(error)).toBe('unavailable');
    } finally {
      await holding.rollback();
      other.close();
      await bed.drop();
    }
  });

  it.runIf(process.env.TEST_POSTGRES_URL)(
    'a PostgreSQL server that refuses connections',
    async () => {
      const error = await firstQueryErrorOn('postgresql://nobody:secret@127.0.0.1:1/belonging');
      expect(databaseErrorKind(error)).toBe('unavailable');
    },
  );

  it.runIf(process.env.TEST_POSTGRES_URL)('a PostgreSQL database that is not there', async () => {
    const url = new URL(process.env.TEST_POSTGRES_URL ?? '');
    url.pathname = '/belonging_no_such_database';
    expect(databaseErrorKind(await firstQueryErrorOn(url.toString()))).toBe('unavailable');
  });
});
