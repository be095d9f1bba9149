import { createTestDatabase, testProviders, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
