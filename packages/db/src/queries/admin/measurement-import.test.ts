import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countAuditEventsMatching,
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '../../../test/support/index.ts';
import { DEMO_USERS } from '../../seed/demo-people.ts';
import { findUserForSignIn } from '../sessions.ts';
import type { Actor } from '../audited-write.ts';
import {
  deleteAbandonedImportRows,
  findMeasurementsToReplace,
  IMPORT_CHUNK_ROWS,
  stageMeasurementImportRows,
  writeMeasurementImport,
} from './measurement-import.ts';
import { findImportKpis, upsertMeasurements, type NewMeasurement } from './measurements.ts';

const TODAY = parseIsoDay('2026-11-24');
const ROWS = 20_000;
const STORED = 1_000;

/** `count` distinct month ends from January 1900, one per row, so no key repeats. */
function rowsFor(kpiId: string, count: number, value: number): NewMeasurement[] {
  return Array.from({ length: count }, (_, i) => ({
    kpiId,
    periodEnd: new Date(Date.UTC(1900, i + 1, 0)),
    group: '',
    value,
    numerator: null,
    denominator: null,
    note: null,
  }));
}

describe.each(testProviders())('a large measurement import on %s', (provider) => {
  let source: DemoTestDatabase;
  let actor: Actor;
  let kpiId: string;
  const storedBefore = () =>
    source.db.measurement.findMany({ where: { kpiId }, orderBy: { periodEnd: 'asc' } });

  beforeAll(async () => {
    source = await createTestDatabase(provider, demoTrustAsOf(TODAY));
    const organisationId = source.facts.organisationId;
    const lead = await findUserForSignIn(source.db, DEMO_USERS[0]?.email ?? '');
    const other = await findUserForSignIn(source.db, DEMO_USERS[1]?.email ?? '');
    if (!lead || !other) throw new Error('The demo trust has no EDI lead');
    actor = { userId: lead.id, organisationId };
    kpiId = (await findImportKpis(source.db, { organisationId }))[0]?.id ?? '';
    // Values someone else stored earlier, which the import replaces and must put back.
    await upsertMeasurements(source.db, {
      organisationId,
      enteredById: other.id,
      enteredAt: new Date('2025-01-02T03:04:05.678Z'),
      rows: rowsFor(kpiId, STORED, 7),
    });
  });
  afterAll(() => source.drop());

  async function importFailing(rows: NewMeasurement[], finishFails: boolean) {
    const before = await storedBefore();
    const audits = await countAuditEventsMatching(source.db, { entity: 'import' });
    const replaced = await findMeasurementsToReplace(source.db, actor.organisationId, rows);
    expect(replaced.length).toBeGreaterThanOrEqual(STORED);
    const run = writeMeasurementImport(source.db, actor, { rows, at: new Date() }, () => {
      if (finishFails) return Promise.reject(new Error('The final check refused the import'));
      return Promise.resolve({
        result: null,
        audit: { entity: 'import', entityId: 'never', operation: 'import_measurements' },
      });
    });
    await expect(run).rejects.toThrow();
    expect(await storedBefore()).toEqual(before);
    expect(await countAuditEventsMatching(source.db, { entity: 'import' })).toBe(audits);
  }

  it('leaves nothing, and the values it replaced as they were, when row 19,000 fails to write', async () => {
    const rows = rowsFor(kpiId, ROWS, 50);
    // Valid to the import's checks, but the database refuses it: a value is required.
    rows[18_999] = { ...rows[18_999], value: null } as unknown as NewMeasurement;
    await importFailing(rows, false);
  });

  it('leaves nothing when the final check fails after every row was written', async () => {
    await importFailing(rowsFor(kpiId, ROWS, 60), true);
  });

  it('leaves Measurement and the audit as they were when the process dies after staging a few chunks; the next import deletes what it staged', async () => {
    const before = await storedBefore();
    const audits = await countAuditEventsMatching(source.db, { entity: 'import' });
    const rows = rowsFor(kpiId, ROWS, 70);
    const stamp = {
      ...actor,
      importId: 'crashed',
      enteredById: actor.userId,
      enteredAt: new Date(),
    };
    // A crash (kill -9) after three chunks: staged, and the final transaction never runs.
    for (let i = 0; i < 3 * IMPORT_CHUNK_ROWS; i += IMPORT_CHUNK_ROWS) {
      await stageMeasurementImportRows(source.db, stamp, rows.slice(i, i + IMPORT_CHUNK_ROWS));
    }
    expect(await source.db.measurementImportRow.count({ where: { importId: 'crashed' } })).toBe(
      3 * IMPORT_CHUNK_ROWS,
    );
    expect(await storedBefore()).toEqual(before);
    expect(await countAuditEventsMatching(source.db, { entity: 'import' })).toBe(audits);

    await writeMeasurementImport(
      source.db,
      actor,
      { rows: rows.slice(0, 10), at: new Date() },
      () =>
        Promise.resolve({
          result: null,
          audit: { entity: 'import', entityId: 'next', operation: 'import_measurements' },
        }),
    );
    expect(await source.db.measurementImportRow.count()).toBe(0);
    const after = await storedBefore();
    expect(after.filter((m) => m.value === 70)).toHaveLength(10);
    expect(after.slice(10)).toEqual(before.slice(10));
    expect(await countAuditEventsMatching(source.db, { entity: 'import' })).toBe(audits + 1);
  });

  it('deletes the staged rows of an import that never finished when the server starts', async () => {
    const stamp = {
      ...actor,
      importId: 'crashed-again',
      enteredById: actor.userId,
      enteredAt: new Date(),
    };
    await stageMeasurementImportRows(source.db, stamp, rowsFor(kpiId, IMPORT_CHUNK_ROWS, 80));
    expect(await deleteAbandonedImportRows(source.db)).toBe(IMPORT_CHUNK_ROWS);
    expect(await source.db.measurementImportRow.count()).toBe(0);
  });
});
