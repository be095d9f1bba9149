import { randomUUID } from 'node:crypto';
import { day } from '@belonging/db';
import { DAY_MS, EDS_OUTCOMES } from '@belonging/domain';
import type { ApiTestBed } from './index.ts';

// Rows the admin tests and the authorisation matrix act on. Each `fresh…` helper makes a new row
// directly in the database, so a call that archives or locks it can be repeated safely.

const live = { archivedAt: null };
const unique = () => randomUUID().slice(0, 8);

export async function strategyOf(bed: ApiTestBed) {
  return bed.db.strategy.findFirstOrThrow({
    where: { organisationId: bed.organisationId, ...live },
    select: { id: true },
  });
}

export async function firstCommitment(bed: ApiTestBed) {
  return bed.db.commitment.findFirstOrThrow({
    where: { organisationId: bed.organisationId, ...live, ambition: live },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, ambitionId: true },
  });
}

export async function freshAmbition(bed: ApiTestBed) {
  const strategy = await strategyOf(bed);
  const top = await bed.db.ambition.aggregate({
    where: { strategyId: strategy.id },
    _max: { number: true },
  });
  return bed.db.ambition.create({
    data: {
      organisationId: bed.organisationId,
      strategyId: strategy.id,
      number: (top._max.number ?? 0) + 1,
      title: `Test ambition ${unique()}`,
    },
    select: { id: true, number: true },
  });
}

export async function freshCommitment(bed: ApiTestBed) {
  const { ambitionId } = await firstCommitment(bed);
  return bed.db.commitment.create({
    data: {
      organisationId: bed.organisationId,
      ambitionId,
      code: `T${unique()}`,
      title: 'Test commitment',
    },
    select: { id: true, ambitionId: true },
  });
}

export async function freshAction(bed: ApiTestBed, ownerEmail = 'chief.people@belonging.test') {
  const { id: commitmentId } = await firstCommitment(bed);
  return bed.db.action.create({
    data: {
      organisationId: bed.organisationId,
      commitmentId,
      code: `T${unique()}`,
      title: 'Test action',
      ownerId: await bed.userId(ownerEmail),
      dueDate: day('2027-03-31'),
      originalDueDate: day('2027-03-31'),
      status: 'in_progress',
    },
    select: { id: true, version: true, commitmentId: true },
  });
}

export async function freshMilestone(bed: ApiTestBed) {
  const action = await freshAction(bed);
  return bed.db.milestone.create({
    data: {
      organisationId: bed.organisationId,
      actionId: action.id,
      title: 'Test milestone',
      dueDate: day('2026-12-31'),
    },
    select: { id: true, actionId: true },
  });
}

export async function freshKpi(bed: ApiTestBed) {
  const strategy = await strategyOf(bed);
  const { ambitionId } = await firstCommitment(bed);
  return bed.db.kpi.create({
    data: {
      organisationId: bed.organisationId,
      strategyId: strategy.id,
      ambitionId,
      code: `TEST-${unique()}`,
      title: 'Test KPI',
      unit: 'percent',
      direction: 'increase',
      baselineValue: 40,
      baselineDate: day('2024-03-31'),
      targetValue: 60,
      targetDate: day('2028-03-31'),
      frequency: 'quarterly',
    },
    select: { id: true, code: true, version: true, ambitionId: true },
  });
}

/** A whole KPI form for the update procedure: the fields the admin app sends back. */
export function kpiForm(
  kpi: { id: string; code: string; version: number },
  change: Record<string, unknown> = {},
) {
  return {
    id: kpi.id,
    expectedVersion: kpi.version,
    code: kpi.code,
    title: 'Test KPI, renamed',
    unit: 'percent' as const,
    direction: 'increase' as const,
    baseline: { value: 40, date: '2024-03-31' },
    target: { value: 65, date: '2028-03-31' },
    tolerance: { kind: 'absolute' as const, value: 2 },
    trajectory: [{ date: '2026-03-31', value: 50 }],
    frequency: 'quarterly' as const,
    ...change,
  };
}

/** A quarter after every existing period, so creating it never clashes. */
export async function nextQuarterDate(bed: ApiTestBed): Promise<string> {
  const last = await bed.db.reportingPeriod.findFirst({
    where: { organisationId: bed.organisationId },
    orderBy: { endDate: 'desc' },
    select: { endDate: true },
  });
  const next = new Date((last?.endDate ?? day('2026-03-31')).getTime() + DAY_MS * 15);
  return next.toISOString().slice(0, 10);
}

export async function freshPeriod(bed: ApiTestBed) {
  const strategy = await strategyOf(bed);
  const start = day(await nextQuarterDate(bed));
  const quarterStart = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % 3), 1),
  );
  const end = new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + 3, 0));
  return bed.db.reportingPeriod.create({
    data: {
      organisationId: bed.organisationId,
      strategyId: strategy.id,
      label: `Test ${unique()}`,
      startDate: quarterStart,
      endDate: end,
      windowOpens: new Date(end.getTime() - 14 * DAY_MS),
      windowCloses: new Date(end.getTime() + 21 * DAY_MS),
    },
    select: { id: true, label: true },
  });
}

export async function freshUser(
  bed: ApiTestBed,
  role: 'executive_owner' | 'board_member' = 'board_member',
) {
  return bed.db.user.create({
    data: {
      email: `person.${unique()}@belonging.test`,
      name: `Test Person ${unique()}`,
      passwordHash: 'not-a-usable-hash',
      memberships: { create: { organisationId: bed.organisationId, role } },
    },
    select: { id: true, email: true },
  });
}

export const EDS_SCORES = EDS_OUTCOMES.map((outcome, i) => ({
  outcome,
  score: i % 4,
  evidence: `Evidence for ${outcome}`,
}));
