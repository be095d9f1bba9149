import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '../../test/support/index.ts';
import { assessStrategyAt } from './assess-at.ts';
import { freezeBoardSnapshot } from './board-snapshot.ts';
import { buildPeriodReport, findSnapshotPayload } from './period-report.ts';
import { ReportError } from './report-error.ts';

const TODAY = parseIsoDay('2026-11-24');
const NOW = new Date('2026-11-24T12:00:00Z');

describe.each(testProviders())('board reports by period on %s', (provider) => {
  let t: DemoTestDatabase;
  let organisationId: string;
  let periodIds: Map<string, string>;
  let actorId: string;

  const periodId = (label: string) => {
    const id = periodIds.get(label);
    if (!id) throw new Error(`no period ${label}`);
    return id;
  };
  const actionRag = (report: Awaited<ReturnType<typeof buildPeriodReport>>, code: string) =>
    report.actions.find((a) => a.code === code)?.rag;

  beforeAll(async () => {
    t = await createTestDatabase(provider, demoTrustAsOf(TODAY));
    organisationId = t.facts.organisationId;
    const periods = await t.db.reportingPeriod.findMany({
      where: { organisationId },
      select: { id: true, label: true },
    });
    periodIds = new Map(periods.map((p) => [p.label, p.id]));
    actorId = (await t.db.user.findUniqueOrThrow({ where: { email: 'edi.lead@belonging.test' } }))
      .id;
  });
  afterAll(async () => t?.drop());

  it('serves a locked period as its stored snapshot, byte for byte', async () => {
    const id = periodId('2026/27 Q2');
    const payload = await findSnapshotPayload(t.db, { organisationId, periodId: id });
    const report = await buildPeriodReport(t.db, { organisationId, periodId: id, now: NOW });
    expect(JSON.stringify(report)).toBe(payload);
    expect(report).toMatchObject({
      isDemo: true,
      asOf: '2026-10-22',
      period: { label: '2026/27 Q2', locked: true },
    });
  });

  it('assesses a closed period on the day after its window closed, so missing updates show', async () => {
    const report = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q2'),
      now: NOW,
    });
    expect(report.missingUpdates.map((m) => m.code)).toContain('1.2.3');
  });

  it('measures a locked snapshot’s movement from the previous locked snapshot', async () => {
    const report = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q2'),
      now: NOW,
    });
    const q1 = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q1'),
      now: NOW,
    });
    const wres1 = report.kpis.find((k) => k.code === 'WRES-1');
    expect(wres1?.previousRag).toBe(q1.kpis.find((k) => k.code === 'WRES-1')?.rag);
    expect(report.summary.every((a) => a.previousRag !== null)).toBe(true);
  });

  it('defaults to the current period: the latest whose update window has opened', async () => {
    const report = await buildPeriodReport(t.db, { organisationId, now: NOW });
    expect(report.period.label).toBe('2026/27 Q2');
    const inWindow = await buildPeriodReport(t.db, {
      organisationId,
      now: new Date('2026-12-20T12:00:00Z'),
    });
    expect(inWindow.period).toMatchObject({ label: '2026/27 Q3', locked: false });
  });

  it('refuses a period of another trust and a second lock of the same period', async () => {
    const other = await t.db.organisation.create({
      data: { name: 'Other Trust', slug: 'other-trust' },
    });
    expect(await assessStrategyAt(t.db, { organisationId: other.id, asOf: NOW })).toBeNull();
    await expect(
      buildPeriodReport(t.db, { organisationId: other.id, now: NOW }),
    ).rejects.toMatchObject({ code: 'no_strategy' });
    await t.db.strategy.create({
      data: {
        organisationId: other.id,
        title: 'Other strategy',
        startYear: '2024/25',
        endYear: '2028/29',
      },
    });
    await expect(
      buildPeriodReport(t.db, {
        organisationId: other.id,
        periodId: periodId('2026/27 Q2'),
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: 'period_not_found',
    });
    const lockAgain = t.db.$transaction((tx) =>
      freezeBoardSnapshot(tx, {
        organisationId,
        periodId: periodId('2026/27 Q1'),
        actorId,
        now: NOW,
      }),
    );
    await expect(lockAgain).rejects.toBeInstanceOf(ReportError);
    await expect(lockAgain).rejects.toMatchObject({ code: 'already_locked' });
  });

  it('keeps a locked period’s report after an edit while the open period’s report changes', async () => {
    const lockedBefore = await findSnapshotPayload(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q2'),
    });
    const openBefore = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q3'),
      now: NOW,
    });
    expect(actionRag(openBefore, '1.3.1')).toBe('red');
    expect(openBefore.period.locked).toBe(false);

    // As the owner's update does: the action row and an update that gives no view.
    await t.db.action.updateMany({
      where: { organisationId, code: '1.3.1' },
      data: { status: 'complete', completedAt: TODAY, ownerRag: null, ownerRagReason: null },
    });
    const action = await t.db.action.findFirstOrThrow({
      where: { organisationId, code: '1.3.1' },
      select: { id: true, ownerId: true },
    });
    await t.db.progressUpdate.create({
      data: {
        organisationId,
        actionId: action.id,
        authorId: action.ownerId,
        createdAt: NOW,
        narrative: 'Complete.',
        progressPercent: 100,
        status: 'complete',
        ownerRag: null,
        effectiveRag: 'blue',
      },
    });

    const lockedAfter = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q2'),
      now: NOW,
    });
    expect(JSON.stringify(lockedAfter)).toBe(lockedBefore);
    expect(actionRag(lockedAfter, '1.3.1')).toBe('red');
    const openAfter = await buildPeriodReport(t.db, {
      organisationId,
      periodId: periodId('2026/27 Q3'),
      now: NOW,
    });
    expect(actionRag(openAfter, '1.3.1')).toBe('blue');
    expect(openAfter.actions.find((a) => a.code === '1.3.1')).toMatchObject({
      previousRag: 'red',
      movement: 'improved',
    });
  });

  it('freezes an open period so later edits no longer change it', async () => {
    const id = periodId('2026/27 Q3');
    const frozen = await t.db.$transaction((tx) =>
      freezeBoardSnapshot(tx, { organisationId, periodId: id, actorId, now: NOW }),
    );
    expect(frozen.report.period).toMatchObject({ locked: true, lockedAt: NOW.toISOString() });
    expect(await findSnapshotPayload(t.db, { organisationId, periodId: id })).toBe(frozen.payload);

    await t.db.action.updateMany({
      where: { organisationId, code: '1.3.1' },
      data: { status: 'in_progress', completedAt: null },
    });
    const after = await buildPeriodReport(t.db, {
      organisationId,
      periodId: id,
      now: new Date('2026-12-01T12:00:00Z'),
    });
    expect(JSON.stringify(after)).toBe(frozen.payload);
    expect(actionRag(after, '1.3.1')).toBe('blue');
  });
});
