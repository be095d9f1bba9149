import { day, type Db } from '@belonging/db';

export type OtherTrust = {
  organisationId: string;
  ownerEmail: string;
  actionId: string;
  milestoneId: string;
  kpiId: string;
  periodId: string;
};

/**
 * A second, small trust beside the demo one: its rows must never show through the demo trust's
 * procedures, and naming its ids from the demo trust must answer NOT_FOUND.
 */
export async function createOtherTrust(db: Db): Promise<OtherTrust> {
  const ownerEmail = 'owner@other-trust.test';
  const org = await db.organisation.create({
    data: { name: 'Other NHS Trust', slug: 'other-trust' },
    select: { id: true },
  });
  const organisationId = org.id;
  const owner = await db.user.create({
    data: {
      email: ownerEmail,
      name: 'Other Owner',
      passwordHash: 'not-a-usable-hash',
      memberships: { create: { organisationId, role: 'executive_owner' } },
    },
    select: { id: true },
  });
  const strategy = await db.strategy.create({
    data: { organisationId, title: 'Other strategy', startYear: '2023/24', endYear: '2027/28' },
    select: { id: true },
  });
  const ambition = await db.ambition.create({
    data: { organisationId, strategyId: strategy.id, number: 1, title: 'Other ambition' },
    select: { id: true },
  });
  const commitment = await db.commitment.create({
    data: { organisationId, ambitionId: ambition.id, code: '1.1', title: 'Other commitment' },
    select: { id: true },
  });
  const action = await db.action.create({
    data: {
      organisationId,
      commitmentId: commitment.id,
      code: '1.1.1',
      title: 'Other action',
      ownerId: owner.id,
      status: 'in_progress',
      startDate: day('2024-04-01'),
      dueDate: day('2030-03-31'),
      originalDueDate: day('2030-03-31'),
    },
    select: { id: true },
  });
  const milestone = await db.milestone.create({
    data: {
      organisationId,
      actionId: action.id,
      title: 'Other milestone',
      dueDate: day('2029-03-31'),
    },
    select: { id: true },
  });
  const kpi = await db.kpi.create({
    data: {
      organisationId,
      strategyId: strategy.id,
      ambitionId: ambition.id,
      code: 'OTHER-1',
      title: 'Other KPI',
      unit: 'percent',
      direction: 'increase',
      baselineValue: 10,
      baselineDate: day('2023-03-31'),
      targetValue: 20,
      targetDate: day('2028-03-31'),
      frequency: 'annual',
      ownerId: owner.id,
    },
    select: { id: true },
  });
  const period = await db.reportingPeriod.create({
    data: {
      organisationId,
      strategyId: strategy.id,
      label: '2024/25 Q1',
      startDate: day('2024-04-01'),
      endDate: day('2024-06-30'),
      windowOpens: day('2024-06-16'),
      windowCloses: day('2024-07-21'),
    },
    select: { id: true },
  });
  return {
    organisationId,
    ownerEmail,
    actionId: action.id,
    milestoneId: milestone.id,
    kpiId: kpi.id,
    periodId: period.id,
  };
}
