import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client.ts';
import { recordAudit } from '../queries/audit.ts';
import {
  createTestDatabase,
  demoTrustAsOf,
  findAuditEventsFor,
  testProviders,
  type DemoTestDatabase,
  type TestDatabase,
} from '../../test/support/index.ts';
import { countRowsByTable } from '../../test/support/rows/counts.ts';
import { runDbScript } from '../../test/support/run-script.ts';
import { restoreDatabase } from './backup.ts';

const TODAY = parseIsoDay('2026-11-24');
const LOAD = 'backup-load-';

/**
 * Audit events written one after another, as a busy server would, until stopped: each id is
 * acknowledged once its write has returned. A write that fails is kept, not retried.
 */
function startAuditLoad(db: Db, organisationId: string) {
  const acknowledged: string[] = [];
  const failures: unknown[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  let stopping = false;
  const running = (async () => {
    for (let i = 0; !stopping; i++) {
      const entityId = `${LOAD}${i}`;
      try {
        await recordAudit(db, {
          organisationId,
          actorId: null,
          entity: 'comment',
          entityId,
          operation: 'create',
          after: { body: `load ${i}` },
        });
        acknowledged.push(entityId);
      } catch (error) {
        failures.push(error);
      }
      for (const w of waiting.filter((w) => acknowledged.length >= w.count)) w.resolve();
      // Requests reach a server as I/O: let the event loop turn between writes, as it does there.
      await nextTurn();
    }
  })();
  return {
    acknowledged,
    failures,
    /** Resolves once `count` writes have been acknowledged. */
    reached: (count: number) => new Promise<void>((resolve) => waiting.push({ count, resolve })),
    stop: async () => {
      stopping = true;
      await running;
    },
  };
}

describe.each(testProviders())('pnpm db:backup under write load (%s)', (provider) => {
  let source: DemoTestDatabase;
  let restored: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    source = await createTestDatabase(provider, demoTrustAsOf(TODAY));
    restored = await createTestDatabase(provider);
    dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-backup-'));
    // An earlier backup, as a nightly job leaves behind; the load below runs against a database
    // that has been backed up before, as most backups find it.
    const first = await runDbScript('backup.ts', ['first'], {
      DATABASE_URL: source.url,
      INIT_CWD: dir,
    });
    expect(first.stderr).toBe('');
  });
  afterAll(async () => {
    await source.drop();
    await restored.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every write acknowledged before it began, and every table as it was', async () => {
    const { organisationId } = source.facts;
    const baseline = await countRowsByTable(source.db);
    const load = startAuditLoad(source.db, organisationId);
    await load.reached(10);

    const before = [...load.acknowledged];
    const backup = await runDbScript('backup.ts', ['under-load'], {
      DATABASE_URL: source.url,
      INIT_CWD: dir,
    });
    const after = load.acknowledged.length;
    await load.stop();

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    // The server kept writing while the backup ran, and no write failed because of it.
    expect(load.failures).toEqual([]);
    expect(after).toBeGreaterThan(before.length);

    await restored.db.$disconnect();
    await restoreDatabase(path.join(dir, 'under-load'), { provider, url: restored.url });
    const copy = createDb(restored.url).db;
    try {
      const events = await findAuditEventsFor(copy, { organisationId, entity: 'comment' });
      const kept = new Set(events.map((e) => e.entityId).filter((id) => id.startsWith(LOAD)));
      expect(before.filter((id) => !kept.has(id))).toEqual([]);

      const restoredCounts = await countRowsByTable(copy);
      expect(restoredCounts.auditEvent).toBeGreaterThanOrEqual(
        (baseline.auditEvent ?? 0) + before.length,
      );
      expect(restoredCounts.auditEvent).toBeLessThanOrEqual((baseline.auditEvent ?? 0) + after);
      expect({ ...restoredCounts, auditEvent: 0 }).toEqual({
        ...(await countRowsByTable(source.db)),
        auditEvent: 0,
      });
    } finally {
      await copy.$disconnect();
    }
  });
});
