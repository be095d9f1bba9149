import { currentReportingPeriod, londonDay, parseIsoDay } from '@belonging/domain';
import type { Db } from '../client.ts';
import { hashPassword } from '../passwords.ts';
import { freezeBoardSnapshot } from '../reports/board-snapshot.ts';
import { addDays, atHour, minDate } from './calendar.ts';
import { buildKpiRows } from './demo-kpi-rows.ts';
import {
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  OWNER_EMAILS,
  type OwnerKey,
} from './demo-people.ts';
import { DEMO_STRATEGY } from './demo-plan.ts';
import { buildComments, buildPlanRows } from './demo-plan-rows.ts';
import { demoEdsAssessments } from './demo-eds.ts';
import { DEMO_INTERNAL_NARRATIVE_ACTION, publishDemoPage } from './demo-publication.ts';
import { seedDemoWorkforce } from './demo-workforce.ts';
import { ensureFrameworkTags } from './framework-tags.ts';
import { insertInChunks, newId } from './insert.ts';
import { periodsToLock, quarterlyPeriods } from './periods.ts';
import { ensureUsers } from './users.ts';

export { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS } from './demo-people.ts';

const STRATEGY_START = parseIsoDay('2023-04-01');
/** Seeding writes a few thousand rows in one transaction; allow for a slow disk. */
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 20_000 };

/**
 * Loads the demo trust (demo data, modelled on a mental health trust's published strategy) with
 * every date relative to `today`, so the demo always looks current. Idempotent: when the demo
 * organisation exists already, nothing changes and `created` is false.
 */
export async function seedDemoTrust(
  db: Db,
  opts: { today?: Date } = {},
): Promise<{ created: boolean; organisationId: string }> {
  const existing = await db.organisation.findUnique({
    where: { slug: DEMO_ORGANISATION.slug },
    select: { id: true },
  });
  if (existing) return { created: false, organisationId: existing.id };

  const today = londonDay(opts.today ?? new Date());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisationId = newId();

  await db.$transaction(async (tx) => {
    const tagIds = await ensureFrameworkTags(tx);
    const userIds = await ensureUsers(tx, DEMO_USERS, passwordHash);
    const idOf = (email: string) => {
      const id = userIds.get(email);
      if (!id) throw new Error(`Demo user ${email} was not created`);
      return id;
    };
    const ownerIds = {
      ...(Object.fromEntries(
        Object.entries(OWNER_EMAILS).map(([key, email]) => [key, idOf(email)]),
      ) as Record<OwnerKey, string>),
      edi: idOf('edi.lead@belonging.test'),
    };

    await tx.organisation.create({
      data: {
        id: organisationId,
        name: DEMO_ORGANISATION.name,
        slug: DEMO_ORGANISATION.slug,
        isDemo: true,
      },
    });
    await tx.membership.createMany({
      data: DEMO_USERS.map((u) => ({
        id: newId(),
        userId: idOf(u.email),
        organisationId,
        role: u.role,
      })),
    });
    const strategyId = newId();
    await tx.strategy.create({ data: { id: strategyId, organisationId, ...DEMO_STRATEGY } });

    const periods = quarterlyPeriods(STRATEGY_START, today).map((p) => ({
      id: newId(),
      organisationId,
      strategyId,
      ...p,
    }));
    await tx.reportingPeriod.createMany({ data: periods });
    const currentPeriodId = currentReportingPeriod(periods, today)?.id ?? null;

    const plan = buildPlanRows({
      organisationId,
      strategyId,
      today,
      ownerIds,
      tagIds,
      periods,
      currentPeriodId,
    });
    const kpis = buildKpiRows({ organisationId, strategyId, today, ownerIds, tagIds, ...plan });
    await insertInChunks(plan.ambitions, (data) => tx.ambition.createMany({ data }));
    await insertInChunks(plan.commitments, (data) => tx.commitment.createMany({ data }));
    await insertInChunks(plan.actions, (data) => tx.action.createMany({ data }));
    await insertInChunks(plan.milestones, (data) => tx.milestone.createMany({ data }));
    await insertInChunks(plan.actionTags, (data) => tx.actionTag.createMany({ data }));
    await insertInChunks(plan.updates, (data) => tx.progressUpdate.createMany({ data }));
    await insertInChunks(kpis.kpis, (data) => tx.kpi.createMany({ data }));
    await insertInChunks(kpis.trajectory, (data) => tx.trajectoryPoint.createMany({ data }));
    await insertInChunks(kpis.kpiTags, (data) => tx.kpiTag.createMany({ data }));
    await insertInChunks(kpis.actionKpis, (data) => tx.actionKpi.createMany({ data }));
    await insertInChunks(kpis.measurements, (data) => tx.measurement.createMany({ data }));
    await tx.comment.createMany({
      data: buildComments({ organisationId, today, actionIds: plan.actionIds, userIds }),
    });
    for (const eds of demoEdsAssessments(today)) {
      await tx.edsAssessment.create({
        data: {
          organisationId,
          year: eds.year,
          assessedOn: eds.assessedOn,
          scores: { createMany: { data: eds.scores } },
        },
      });
    }

    // The synthetic workforce year replaces its KPIs' values at 31 March before any snapshot is frozen.
    await seedDemoWorkforce(tx, { organisationId, ediLeadId: ownerIds.edi, today });

    // Oldest first, so the later snapshot measures movement from the earlier one.
    for (const period of periodsToLock(periods, today)) {
      const now = atHour(minDate(addDays(period.windowCloses, 3), today), 10);
      await freezeBoardSnapshot(tx, {
        organisationId,
        periodId: period.id,
        actorId: ownerIds.edi,
        now,
      });
    }
    await publishDemoPage(tx, {
      organisationId,
      ediLeadId: ownerIds.edi,
      internalNarrativeActionId: plan.actionIds.get(DEMO_INTERNAL_NARRATIVE_ACTION),
      now: atHour(today, 9),
    });
  }, TRANSACTION_OPTIONS);

  return { created: true, organisationId };
}
