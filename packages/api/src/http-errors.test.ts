import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb, createDb } from '@belonging/db';
import { testProviders } from '@belonging/db/testing';
import { SERVICE_UNAVAILABLE_MESSAGE } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionOwnedBy } from '../test/support/fixtures.ts';
import { startTrpcHttp, type TrpcHttp } from '../test/support/http.ts';
import { DEMO } from '../test/support/index.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

type ErrorBody = { error: { json: { message: string; data: Record<string, unknown> } } };

describe.each(testProviders())('errors as the apps receive them over HTTP, on %s', (provider) => {
  const { bed } = useApiTestBed(provider);
  let http: TrpcHttp;

  beforeAll(async () => {
    http = await startTrpcHttp(bed.db, bed.target);
  });

  afterAll(async () => {
    await http?.close();
  });

  it('answers a zod failure with 400 and the messages flattened per field', async () => {
    const token = await bed.sessionTokenFor(DEMO.owner);
    const action = await actionOwnedBy(bed, DEMO.owner);
    const res = await http.call(
      'mutation',
      'action.submitUpdate',
      { actionId: action.id, expectedVersion: 1, narrative: '', progressPercent: 140 },
      token,
    );
    expect(res.status).toBe(400);
    const { data } = (res.body as ErrorBody).error.json;
    expect(data.zodError).toMatchObject({
      fieldErrors: {
        narrative: ['Enter your progress this quarter'],
        progressPercent: ['Progress must be 100 or less'],
      },
    });
  });

  it('answers a stale version with 409 and the current version in the error data', async () => {
    const token = await bed.sessionTokenFor(DEMO.owner);
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    const input = {
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'First',
      progressPercent: 10,
      recoveryAction: 'Plan',
    };
    expect((await http.call('mutation', 'action.submitUpdate', input, token)).status).toBe(200);
    const res = await http.call('mutation', 'action.submitUpdate', input, token);
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.json.data.details).toMatchObject({
      currentVersion: action.version + 1,
    });
  });

  it('answers a rule breach with 400 and the field it concerns', async () => {
    const token = await bed.sessionTokenFor(DEMO.owner);
    const res = await http.call(
      'mutation',
      'milestone.complete',
      { milestoneId: 'none', completedAt: '2025-01-01' },
      token,
    );
    expect(res.status).toBe(404);
    expect((await http.call('query', 'audit.list', {}, token)).status).toBe(403);
    expect((await http.call('query', 'audit.list', {}, null)).status).toBe(401);
  });

  /** An HTTP API over a database that fails every call, with what the first signed-in call gets. */
  async function firstCallOn(url: string) {
    const broken = createDb(url);
    const brokenHttp = await startTrpcHttp(broken.db, broken.target);
    try {
      return await brokenHttp.call('query', 'auth.me', undefined, 'some-token');
    } finally {
      await brokenHttp.close();
      await closeDb(broken.db);
    }
  }

  it('hides an unexpected failure: 500 with a plain message, no stack and no SQL', async () => {
    // A database that answers but has none of our tables: a failure nobody planned for. (One that
    // cannot be reached is an outage, answered 503 below.)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-unmigrated-'));
    try {
      const res = await firstCallOn(
        provider === 'sqlite'
          ? `file:${path.join(dir, 'belonging.db')}`
          : (process.env.TEST_POSTGRES_URL ?? ''),
      );
      expect(res.status).toBe(500);
      expect((res.body as ErrorBody).error.json.message).toBe(
        'Something went wrong on our side. Please try again.',
      );
      expect(res.text).not.toMatch(/stack|sqlite|select|prisma|ECONNREFUSED|at .*\.ts/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a database that cannot be reached with 503 and the words, no stack and no SQL', async () => {
    const res = await firstCallOn(
      provider === 'sqlite'
        ? 'file:/nonexistent-folder/belonging.db'
        : 'postgresql://nobody@127.0.0.1:1/none',
    );
    expect(res.status).toBe(503);
    expect((res.body as ErrorBody).error.json.message).toBe(SERVICE_UNAVAILABLE_MESSAGE);
    expect(res.text).not.toMatch(/stack|sqlite|select|prisma|ECONNREFUSED|at .*\.ts/i);
  });
});
