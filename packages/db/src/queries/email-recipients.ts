import type { TEmailPerson, TEmailRole, TOwnedKpi } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { findCurrentStrategy, findReportPeriods } from '../reports/load-strategy.ts';

// What the email schedule reads about a trust: its email settings, the people it may write to
// with their preferences, its periods and the KPIs each person owns. Who still has an update
// missing comes from the chase list's own query (admin/chase-list.ts).

/** A trust's email settings: what the EDI team saves on the Emails page and the rules read. */
export const emailSettingsSelect = {
  id: true,
  emailPaused: true,
  reminderDaysBeforeClose: true,
  overdueRepeatDays: true,
} as const;

const emailTrustSelect = { ...emailSettingsSelect, name: true } as const;

/** Every trust with its email settings, in a stable order. */
export function findEmailTrusts(db: DbClient) {
  return db.organisation.findMany({ orderBy: { id: 'asc' }, select: emailTrustSelect });
}

/** One trust's name and email settings, or null when there is no such trust. */
export function findEmailTrust(db: DbClient, { organisationId }: { organisationId: string }) {
  return db.organisation.findUnique({ where: { id: organisationId }, select: emailTrustSelect });
}

/** The trust's active members, one entry per person with every role they hold, by name. */
export async function findEmailPeople(
  db: DbClient,
  { organisationId }: { organisationId: string },
): Promise<TEmailPerson[]> {
  const rows = await db.membership.findMany({
    where: { organisationId, user: { isActive: true } },
    orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
    select: {
      role: true,
      user: {
        select: { id: true, name: true, email: true, emailReminders: true, emailDigest: true },
      },
    },
  });
  const byId = new Map<string, TEmailPerson & { roles: TEmailRole[] }>();
  for (const { role, user } of rows) {
    const person = byId.get(user.id);
    if (person) person.roles.push(role);
    else byId.set(user.id, { ...user, roles: [role] });
  }
  return [...byId.values()];
}

/** The live reporting periods of the trust's current strategy, oldest first (none without one). */
export async function findEmailPeriods(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  const strategy = await findCurrentStrategy(db, organisationId);
  return strategy ? findReportPeriods(db, { organisationId, strategyId: strategy.id }) : [];
}

/** One period of the trust, as the email rules need it, or null. */
export function findEmailPeriod(
  db: DbClient,
  { organisationId, periodId }: { organisationId: string; periodId: string },
) {
  return db.reportingPeriod.findFirst({
    where: { id: periodId, organisationId },
    select: { id: true, label: true, windowOpens: true, windowCloses: true, lockedAt: true },
  });
}

/**
 * The live KPIs of the trust's live strategy that have an owner, by code, each with what says
 * whether a value is due: frequency, lag, baseline date and the latest whole-population value's
 * period end.
 */
export async function findOwnedKpis(
  db: DbClient,
  { organisationId }: { organisationId: string },
): Promise<TOwnedKpi[]> {
  const live = { archivedAt: null };
  const rows = await db.kpi.findMany({
    where: { organisationId, ...live, strategy: live, ownerId: { not: null } },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      title: true,
      ownerId: true,
      frequency: true,
      reportingLagDays: true,
      baselineDate: true,
      measurements: {
        where: { group: '' },
        orderBy: { periodEnd: 'desc' },
        take: 1,
        select: { periodEnd: true },
      },
    },
  });
  return rows.flatMap(({ ownerId, measurements, ...kpi }) =>
    ownerId ? [{ ...kpi, ownerId, latestPeriodEnd: measurements[0]?.periodEnd ?? null }] : [],
  );
}

/** Which of these dedupe keys the outbox holds already. */
export async function findQueuedDedupeKeys(
  db: DbClient,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.outboxMessage.findMany({
    where: { dedupeKey: { in: [...keys] } },
    select: { dedupeKey: true },
  });
  return new Set(rows.map((r) => r.dedupeKey));
}
