import { auditName, type TAuditName, type TAuditNamedRecord } from '@belonging/domain';
import type { DbClient } from '../client.ts';

const coded = { select: { code: true, title: true } } as const;
const numbered = { select: { number: true, title: true } } as const;

/**
 * The records behind a set of ids an audit event (or a page of them) carries, each with what
 * names it and its parent: one query per kind of record, so a page costs the same as one event.
 */
async function findNamedRecords(
  db: DbClient,
  organisationId: string,
  ids: string[],
): Promise<TAuditNamedRecord[]> {
  const inTrust = { id: { in: ids }, organisationId };
  const ambitions = await db.ambition.findMany({
    where: inTrust,
    select: { id: true, number: true, title: true },
  });
  const commitments = await db.commitment.findMany({
    where: inTrust,
    select: { id: true, code: true, title: true, ambition: numbered },
  });
  const actions = await db.action.findMany({
    where: inTrust,
    select: { id: true, code: true, title: true, commitment: coded },
  });
  const milestones = await db.milestone.findMany({
    where: inTrust,
    select: { id: true, title: true, action: coded },
  });
  const kpis = await db.kpi.findMany({
    where: inTrust,
    select: { id: true, code: true, title: true, ambition: numbered, commitment: coded },
  });
  const periods = await db.reportingPeriod.findMany({
    where: inTrust,
    select: { id: true, label: true },
  });
  const people = await db.user.findMany({
    where: { id: { in: ids }, memberships: { some: { organisationId } } },
    select: { id: true, name: true },
  });
  const sessions = await db.session.findMany({
    where: inTrust,
    select: { id: true, user: { select: { name: true } } },
  });
  const measurements = await db.measurement.findMany({
    where: inTrust,
    select: { id: true, periodEnd: true, group: true, kpi: { select: { code: true } } },
  });
  const comments = await db.comment.findMany({
    where: inTrust,
    select: { id: true, action: coded },
  });
  const strategies = await db.strategy.findMany({
    where: inTrust,
    select: { id: true, title: true },
  });
  const trusts = await db.organisation.findMany({
    where: { id: { in: ids.filter((id) => id === organisationId) } },
    select: { id: true, name: true },
  });
  const assessments = await db.edsAssessment.findMany({
    where: inTrust,
    select: { id: true, year: true },
  });
  const papers = await db.boardPaper.findMany({
    where: inTrust,
    select: { id: true, period: { select: { label: true } } },
  });
  return [
    ...ambitions.map((r) => ({ kind: 'ambition' as const, ...r })),
    ...commitments.map((r) => ({ kind: 'commitment' as const, ...r })),
    ...actions.map((r) => ({ kind: 'action' as const, ...r })),
    ...milestones.map((r) => ({ kind: 'milestone' as const, ...r })),
    ...kpis.map((r) => ({ kind: 'kpi' as const, ...r })),
    ...periods.map((r) => ({ kind: 'period' as const, ...r })),
    ...people.map((r) => ({ kind: 'person' as const, ...r })),
    ...sessions.map((r) => ({ kind: 'sign_in' as const, id: r.id, name: r.user.name })),
    ...measurements.map((r) => ({
      kind: 'measurement' as const,
      id: r.id,
      kpiCode: r.kpi.code,
      periodEnd: r.periodEnd,
      group: r.group,
    })),
    ...comments.map((r) => ({ kind: 'comment' as const, ...r })),
    ...strategies.map((r) => ({ kind: 'strategy' as const, ...r })),
    ...trusts.map((r) => ({ kind: 'trust' as const, ...r })),
    ...assessments.map((r) => ({ kind: 'eds_assessment' as const, ...r })),
    ...papers.map((r) => ({ kind: 'board_paper' as const, id: r.id, periodLabel: r.period.label })),
  ];
}

const IDS_PER_QUERY = 500;

/** The names of the ids audit events carry, as they read now; ids not found are left out. */
export async function findAuditNames(
  db: DbClient,
  organisationId: string,
  ids: readonly string[],
): Promise<Map<string, TAuditName>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, TAuditName>();
  // In slices, so a page of large events stays inside each database's limit on query parameters.
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const slice = unique.slice(start, start + IDS_PER_QUERY);
    for (const r of await findNamedRecords(db, organisationId, slice))
      names.set(r.id, auditName(r));
  }
  return names;
}
