import {
  currentReportingPeriod,
  dateOfDay,
  lastPeriodEndOnOrBefore,
  londonDay,
  londonDayNumber,
} from '@belonging/domain';
import type { Db } from '../client.ts';
import type { ActionStatus, KpiDirection } from '../generated/sqlite/enums.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { hashPassword } from '../passwords.ts';
import { addDays, atHour, monthEnd, monthStart } from './calendar.ts';
import { DEMO_PASSWORD } from './demo-people.ts';
import { insertInChunks, newId } from './insert.ts';
import { quarterlyPeriods } from './periods.ts';
import { ensureUsers } from './users.ts';

export type LargeTrustOptions = {
  organisationSlug: string;
  commitments: number;
  actions: number;
  kpis: number;
  /** Quarterly values per KPI, going back from the latest completed quarter. */
  valuesPerKpi: number;
  today?: Date;
};

export const LARGE_TRUST_USERS = [
  {
    email: 'owner@large.test',
    name: 'Large Trust Owner',
    jobTitle: 'Chief People Officer',
    role: 'executive_owner' as const,
  },
  {
    email: 'board@large.test',
    name: 'Large Trust Board Member',
    jobTitle: 'Chair',
    role: 'board_member' as const,
  },
];

const STATUSES: ActionStatus[] = [
  'in_progress',
  'in_progress',
  'in_progress',
  'complete',
  'not_started',
  'in_progress',
  'cancelled',
];
const DIRECTIONS: KpiDirection[] = ['increase', 'decrease', 'band'];

/**
 * A made-up trust of benchmark size (one strategy, three ambitions, many commitments, actions
 * and KPIs with long quarterly series), for load tests of the API. Idempotent by slug.
 */
export async function seedLargeTrust(
  db: Db,
  opts: LargeTrustOptions,
): Promise<{ created: boolean; organisationId: string }> {
  const existing = await db.organisation.findUnique({
    where: { slug: opts.organisationSlug },
    select: { id: true },
  });
  if (existing) return { created: false, organisationId: existing.id };
  const today = londonDay(opts.today ?? new Date());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisationId = newId();
  const strategyId = newId();

  await db.$transaction(
    async (tx) => {
      const userIds = await ensureUsers(tx, LARGE_TRUST_USERS, passwordHash);
      const ownerId = userIds.get('owner@large.test') ?? '';
      await tx.organisation.create({
        data: {
          id: organisationId,
          slug: opts.organisationSlug,
          name: `Large Benchmark Trust (${opts.organisationSlug})`,
          isDemo: true,
        },
      });
      await tx.membership.createMany({
        data: LARGE_TRUST_USERS.map((u) => ({
          id: newId(),
          organisationId,
          userId: userIds.get(u.email) ?? '',
          role: u.role,
        })),
      });
      await tx.strategy.create({
        data: {
          id: strategyId,
          organisationId,
          title: 'Benchmark Strategy',
          startYear: '2023/24',
          endYear: '2027/28',
        },
      });

      const periods = quarterlyPeriods(monthStart(today, -36), today).map((p) => ({
        id: newId(),
        organisationId,
        strategyId,
        ...p,
      }));
      await tx.reportingPeriod.createMany({ data: periods });
      const current = currentReportingPeriod(periods, today);

      const ambitions = [1, 2, 3].map((number) => ({
        id: newId(),
        organisationId,
        strategyId,
        number,
        title: `Ambition ${number}`,
        sortOrder: number,
      }));
      const commitments = Array.from({ length: opts.commitments }, (_, i) => {
        const ambition = ambitions[i % 3];
        return {
          id: newId(),
          organisationId,
          ambitionId: ambition?.id ?? '',
          code: `${(i % 3) + 1}.${Math.floor(i / 3) + 1}`,
          title: `Commitment ${i + 1}`,
          sortOrder: i,
        };
      });
      await tx.ambition.createMany({ data: ambitions });
      await insertInChunks(commitments, (data) => tx.commitment.createMany({ data }));

      const actions: Prisma.ActionCreateManyInput[] = [];
      const milestones: Prisma.MilestoneCreateManyInput[] = [];
      const updates: Prisma.ProgressUpdateCreateManyInput[] = [];
      for (let i = 0; i < opts.actions; i++) {
        const commitment = commitments[i % commitments.length];
        const status = STATUSES[i % STATUSES.length] ?? 'in_progress';
        const dueDate = monthEnd(today, (i % 24) - 6);
        const id = newId();
        actions.push({
          id,
          organisationId,
          commitmentId: commitment?.id ?? '',
          code: `${commitment?.code ?? '0'}.${Math.floor(i / commitments.length) + 1}`,
          title: `Action ${i + 1}`,
          ownerId,
          deliveryLead: 'Delivery lead',
          startDate: monthStart(today, -12),
          dueDate,
          originalDueDate: dueDate,
          status,
          completedAt: status === 'complete' ? addDays(dueDate, -(i % 20)) : null,
          progressPercent: status === 'complete' ? 100 : (i * 7) % 95,
          ownerRag: status === 'in_progress' ? 'green' : null,
          sortOrder: i,
        });
        for (const k of [0, 1]) {
          const due = monthEnd(today, (i % 12) - 6 + k * 6);
          const isDone = k === 0 && i % 3 !== 0;
          milestones.push({
            id: newId(),
            organisationId,
            actionId: id,
            title: `Milestone ${k + 1}`,
            dueDate: due,
            completedAt: isDone ? addDays(due, -3) : null,
            atRisk: i % 11 === 0,
            sortOrder: k,
          });
        }
        updates.push({
          id: newId(),
          organisationId,
          actionId: id,
          periodId: current?.id ?? null,
          authorId: ownerId,
          createdAt: atHour(addDays(today, -1 - (i % 10)), 10),
          narrative: `Progress on action ${i + 1}: work continues as planned.`,
          progressPercent: status === 'complete' ? 100 : (i * 7) % 95,
          status,
          ownerRag: status === 'in_progress' ? 'green' : null,
          effectiveRag: status === 'complete' ? 'blue' : 'green',
        });
      }
      await insertInChunks(actions, (data) => tx.action.createMany({ data }));
      await insertInChunks(milestones, (data) => tx.milestone.createMany({ data }));
      await insertInChunks(updates, (data) => tx.progressUpdate.createMany({ data }));

      const { kpis, measurements } = largeKpis({
        ...opts,
        today,
        organisationId,
        strategyId,
        ownerId,
        commitmentIds: commitments.map((c) => c.id),
      });
      await insertInChunks(kpis, (data) => tx.kpi.createMany({ data }));
      await insertInChunks(measurements, (data) => tx.measurement.createMany({ data }), 1000);
    },
    { timeout: 300_000, maxWait: 20_000 },
  );
  return { created: true, organisationId };
}

function largeKpis(ctx: {
  kpis: number;
  valuesPerKpi: number;
  today: Date;
  organisationId: string;
  strategyId: string;
  ownerId: string;
  commitmentIds: string[];
}) {
  const { organisationId } = ctx;
  const lastEnd = dateOfDay(lastPeriodEndOnOrBefore(londonDayNumber(ctx.today) - 1, 'quarterly'));
  const ends = Array.from({ length: ctx.valuesPerKpi }, (_, q) =>
    monthEnd(lastEnd, -3 * (ctx.valuesPerKpi - 1 - q)),
  );
  const baselineDate = monthEnd(lastEnd, -3 * ctx.valuesPerKpi);
  const kpis: Prisma.KpiCreateManyInput[] = [];
  const measurements: Prisma.MeasurementCreateManyInput[] = [];
  for (let i = 0; i < ctx.kpis; i++) {
    const id = newId();
    const direction = DIRECTIONS[i % DIRECTIONS.length] ?? 'increase';
    const isBand = direction === 'band';
    kpis.push({
      id,
      organisationId,
      strategyId: ctx.strategyId,
      commitmentId: ctx.commitmentIds[i % ctx.commitmentIds.length] ?? null,
      code: `KPI-${i + 1}`,
      title: `Benchmark KPI ${i + 1}`,
      unit: isBand ? 'ratio' : 'percent',
      direction,
      baselineValue: isBand ? 1.3 : 50,
      baselineDate,
      targetValue: isBand ? null : direction === 'increase' ? 70 : 30,
      targetDate: isBand ? null : monthEnd(ctx.today, 24),
      bandLow: isBand ? 0.8 : null,
      bandHigh: isBand ? 1.25 : null,
      frequency: 'quarterly',
      ownerId: ctx.ownerId,
      isDemoData: true,
      sortOrder: i,
    });
    for (const [q, periodEnd] of ends.entries()) {
      const drift = (q / ctx.valuesPerKpi) * (direction === 'increase' ? 12 : -12);
      const noise = Math.sin(i * 13 + q * 1.7);
      const value = isBand ? 1.3 - q * 0.008 + 0.05 * noise : 50 + drift + 3 * noise;
      measurements.push({
        id: newId(),
        organisationId,
        kpiId: id,
        periodEnd,
        value: Math.round(value * 100) / 100,
        enteredById: ctx.ownerId,
      });
    }
  }
  return { kpis, measurements };
}
