import {
  FRAMEWORK_TAGS,
  financialQuarter,
  movement,
  parseIsoDay,
  spc,
  type Rag,
  type TBoardReport,
} from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../passwords.ts';
import { assessStrategyAt } from '../reports/assess-at.ts';
import { createTestDatabase, testProviders, type TestDatabase } from '../../test/support/index.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoTrust } from './demo-trust.ts';
import { countRowsByTable } from '../../test/support/rows/counts.ts';

// A day after the 2026/27 Q2 update window closed (21 October), so Q1 and Q2 are locked.
const TODAY = parseIsoDay('2026-11-24');

const KPI_CODES = [
  'WRES-1',
  'WRES-2',
  'WRES-3',
  'WRES-4',
  'WRES-5',
  'WRES-6',
  'WRES-7',
  'WRES-8',
  'WRES-9',
  'WDES-1',
  'WDES-2',
  'WDES-3',
  'WDES-4a',
  'WDES-8',
  'GPG-MEAN',
  'EPG-MEDIAN',
  'NSS-BELONG',
  'EDI-1a',
  'EDI-2d',
  'EDI-6a',
  'HR-SHORT',
  'HR-ADJ',
  'HR-PANEL',
];

describe.each(testProviders())('the demo trust seed on %s', (provider) => {
  let t: TestDatabase;
  let organisationId: string;
  let firstCounts: Record<string, number>;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const seeded = await seedDemoTrust(t.db, { today: TODAY });
    expect(seeded.created).toBe(true);
    organisationId = seeded.organisationId;
    firstCounts = await countRowsByTable(t.db);
  });
  afterAll(async () => t?.drop());

  it('changes nothing when run a second time', async () => {
    const again = await seedDemoTrust(t.db, { today: TODAY });
    expect(again).toEqual({ created: false, organisationId });
    expect(await countRowsByTable(t.db)).toEqual(firstCounts);
    expect(firstCounts.frameworkTag).toBe(FRAMEWORK_TAGS.length);
  });

  it('creates the demo organisation, flagged as demo data, with every demo user signing in by the demo password', async () => {
    const org = await t.db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(org).toMatchObject({ slug: 'demo-partnership', isDemo: true });
    const members = await t.db.membership.findMany({
      where: { organisationId },
      select: { role: true, user: { select: { email: true, passwordHash: true } } },
    });
    expect(members.map((m) => `${m.user.email} ${m.role}`).sort()).toEqual(
      DEMO_USERS.map((u) => `${u.email} ${u.role}`).sort(),
    );
    const chair = members.find((m) => m.user.email === 'chair@belonging.test');
    expect(await verifyPassword(chair?.user.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('holds 3 ambitions, at least 4 commitments each and at least 3 actions per commitment with 1–4 milestones', async () => {
    const ambitions = await t.db.ambition.findMany({
      where: { organisationId },
      select: {
        commitments: {
          select: { actions: { select: { _count: { select: { milestones: true } } } } },
        },
      },
    });
    expect(ambitions).toHaveLength(3);
    for (const a of ambitions) {
      expect(a.commitments.length).toBeGreaterThanOrEqual(4);
      for (const c of a.commitments) {
        expect(c.actions.length).toBeGreaterThanOrEqual(3);
        for (const action of c.actions) {
          expect(action._count.milestones).toBeGreaterThanOrEqual(1);
          expect(action._count.milestones).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('spreads actions over the four executive owners, the Chief People Officer holding red and amber ones', async () => {
    const assessed = await assessStrategyAt(t.db, { organisationId, asOf: TODAY });
    const actions =
      assessed?.ambitions.flatMap((a) => a.commitments.flatMap((c) => c.actions)) ?? [];
    const owners = new Set(actions.map((a) => a.owner.name));
    expect(owners).toEqual(new Set(['Daniel Hart', 'Priya Raman', 'Tomasz Nowak', 'Helen Brooks']));
    const cpo = new Set(
      actions.filter((a) => a.owner.name === 'Daniel Hart').map((a) => a.assessment.rag),
    );
    expect(cpo).toContain('red');
    expect(cpo).toContain('amber');
    expect(actions.some((a) => a.originalDueDate.getTime() < a.dueDate.getTime())).toBe(true);
  });

  it('shows every colour and flag of the RAG rules when assessed on the seed day', async () => {
    const assessed = await assessStrategyAt(t.db, { organisationId, asOf: TODAY });
    const commitments = assessed?.ambitions.flatMap((a) => a.commitments) ?? [];
    const actions = commitments.flatMap((c) => c.actions);
    const kpis = [
      ...(assessed?.ambitions.flatMap((a) => a.kpis) ?? []),
      ...commitments.flatMap((c) => c.kpis),
    ];
    const colours: (Rag | null)[] = ['red', 'amber', 'green', 'blue', 'grey', null];
    expect(new Set(actions.map((a) => a.assessment.rag))).toEqual(new Set(colours));
    expect(new Set(kpis.map((k) => k.assessment.rag))).toEqual(
      new Set(colours.filter((c) => c !== null)),
    );
    const reasons = new Set(actions.map((a) => a.assessment.reason));
    for (const reason of [
      'complete',
      'complete_late',
      'start_slipped',
      'overdue',
      'milestone_overdue',
      'milestone_at_risk',
      'owner_view',
      'cancelled',
    ]) {
      expect(reasons, reason).toContain(reason);
    }
    expect(actions.some((a) => a.assessment.late)).toBe(true);
    expect(actions.some((a) => a.assessment.optimistic)).toBe(true);
    expect(actions.filter((a) => a.assessment.updateMissing).map((a) => a.code)).toEqual(['1.2.3']);
    const milestones = actions.flatMap((a) => a.milestones.map((m) => m.assessment));
    expect(milestones.some((m) => m.late)).toBe(true);
    expect(milestones.some((m) => m.overdue)).toBe(true);
    expect(milestones.some((m) => m.reason === 'at_risk')).toBe(true);
    expect(kpis.filter((k) => k.assessment.stale && k.points > 0).length).toBeGreaterThan(0);
  });

  it('keeps the KPI library of the demo: codes, demo-data flags, trajectory and framework tags', async () => {
    const kpis = await t.db.kpi.findMany({
      where: { organisationId },
      select: {
        code: true,
        isDemoData: true,
        dataSource: true,
        ownerId: true,
        _count: { select: { trajectory: true, tags: true, actions: true } },
      },
    });
    expect(kpis.map((k) => k.code).sort()).toEqual([...KPI_CODES].sort());
    expect(
      kpis
        .filter((k) => !k.isDemoData)
        .map((k) => k.code)
        .sort(),
    ).toEqual(['EPG-MEDIAN', 'GPG-MEAN']);
    expect(kpis.find((k) => k.code === 'WRES-1')?._count.trajectory).toBe(3);
    for (const k of kpis) {
      expect(k._count.tags, k.code).toBeGreaterThan(0);
      expect(k.dataSource, k.code).not.toBe('');
      expect(k.ownerId, k.code).not.toBeNull();
    }
    const bafActions = await t.db.action.findMany({
      where: { organisationId, bafRiskRef: { not: null } },
      select: { code: true },
    });
    expect(bafActions.map((a) => a.code).sort()).toEqual(['1.1.1', '1.1.2', '1.1.3']);
    const frameworks = await t.db.actionTag.findMany({
      where: { organisationId },
      select: { tag: { select: { framework: true } } },
    });
    expect(new Set(frameworks.map((f) => f.tag.framework))).toEqual(
      new Set(['edi_plan', 'eds', 'wres', 'wdes']),
    );
  });

  it('gives the monthly HR series 24+ points and a special-cause signal', async () => {
    const series = async (code: string) =>
      (
        await t.db.measurement.findMany({
          where: { organisationId, group: '', kpi: { code } },
          orderBy: { periodEnd: 'asc' },
          select: { value: true },
        })
      ).map((m) => m.value);
    for (const code of ['HR-SHORT', 'HR-ADJ', 'HR-PANEL'])
      expect((await series(code)).length, code).toBeGreaterThanOrEqual(24);
    const shortlisting = spc(await series('HR-SHORT'), { direction: 'band' });
    expect(shortlisting.points.some((p) => p.rules.length > 0)).toBe(true);
  });

  it('breaks WRES-7 and NSS-BELONG down by group with counts, one cell under 10 people', async () => {
    const cells = await t.db.measurement.findMany({
      where: {
        organisationId,
        group: { not: '' },
        kpi: { code: { in: ['WRES-7', 'NSS-BELONG'] } },
      },
      select: { group: true, numerator: true, denominator: true, kpi: { select: { code: true } } },
    });
    const groupsOf = (code: string) =>
      new Set(cells.filter((c) => c.kpi.code === code).map((c) => c.group));
    expect(groupsOf('WRES-7')).toEqual(new Set(['Asian', 'Black', 'Mixed', 'Other', 'White']));
    expect(groupsOf('NSS-BELONG')).toContain('Black women');
    expect(
      cells.every(
        (c) => c.numerator !== null && c.denominator !== null && c.numerator <= c.denominator,
      ),
    ).toBe(true);
    expect(cells.some((c) => (c.denominator ?? 0) < 10)).toBe(true);
  });

  it('has a reporting period for every quarter from 2023/24 Q1 to today’s, the two latest closed ones locked with snapshots', async () => {
    const periods = await t.db.reportingPeriod.findMany({
      where: { organisationId },
      orderBy: { endDate: 'asc' },
      select: {
        label: true,
        windowCloses: true,
        lockedAt: true,
        snapshot: { select: { payload: true } },
      },
    });
    expect(periods[0]?.label).toBe('2023/24 Q1');
    expect(periods.at(-1)?.label).toBe(financialQuarter(TODAY).label);
    expect(periods).toHaveLength(15);
    const locked = periods.filter((p) => p.lockedAt);
    expect(locked.map((p) => p.label)).toEqual(['2026/27 Q1', '2026/27 Q2']);
    for (const p of locked)
      expect(JSON.parse(p.snapshot?.payload ?? 'null')).toMatchObject({
        period: { label: p.label, locked: true },
      });
  });

  it('shows in the locked Q2 snapshot real movement from Q1, wherever a colour moved', async () => {
    const snapshots = await t.db.boardSnapshot.findMany({
      where: { organisationId },
      orderBy: { period: { endDate: 'asc' } },
      select: { payload: true },
    });
    const [q1, q2] = snapshots.map((s) => JSON.parse(s.payload) as TBoardReport);
    if (!q1 || !q2) throw new Error('the demo locks Q1 and Q2');
    const rowsOf = (r: TBoardReport) => [
      ...r.summary,
      ...r.summary.flatMap((a) => a.commitments),
      ...r.kpis,
      ...r.actions,
    ];
    const before = new Map(rowsOf(q1).map((row) => [row.id, row.rag]));
    for (const row of rowsOf(q2)) {
      expect(row.previousRag, row.id).toBe(before.get(row.id) ?? null);
      if (row.rag) expect(row.movement, row.id).toBe(movement(row.previousRag, row.rag));
    }
    const commitments = q2.summary.flatMap((a) => a.commitments);
    expect(commitments.filter((c) => c.movement === 'deteriorated').length).toBeGreaterThan(0);
    expect(q2.actions.filter((a) => a.movement === 'deteriorated').length).toBeGreaterThan(1);
    // Views given in Q2 are not read back into Q1: Q1's owners' views agreed with the dates.
    expect(q1.optimistic).toEqual([]);
  });

  it('writes progress updates with narratives, recovery actions where red or amber, and a network comment', async () => {
    const updates = await t.db.progressUpdate.findMany({
      where: { organisationId },
      select: { narrative: true, effectiveRag: true, recoveryAction: true },
    });
    expect(updates.length).toBeGreaterThan(100);
    expect(updates.every((u) => u.narrative.length > 20)).toBe(true);
    const needing = updates.filter((u) => u.effectiveRag === 'red' || u.effectiveRag === 'amber');
    expect(needing.length).toBeGreaterThan(0);
    expect(needing.every((u) => u.recoveryAction)).toBe(true);
    const comments = await t.db.comment.findMany({
      where: { organisationId },
      select: { author: { select: { email: true } } },
    });
    expect(comments.map((c) => c.author.email)).toContain('network.rep@belonging.test');
  });
});
