import {
  findActionDetail,
  findActionsForOwner,
  findKpisByIds,
  findReportingPeriods,
  presentComment,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import {
  assessAction,
  assessKpi,
  assessMilestone,
  currentReportingPeriod,
  updatePeriod,
  londonDay,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';
import { toKpiDefinition } from './kpi-definition.ts';

type MilestoneRow = { dueDate: Date; completedAt: Date | null; atRisk: boolean };
type ActionRow = {
  status: 'not_started' | 'in_progress' | 'complete' | 'cancelled';
  startDate: Date | null;
  dueDate: Date;
  completedAt: Date | null;
  ownerRag: 'red' | 'amber' | 'green' | 'blue' | 'grey' | null;
  milestones: MilestoneRow[];
};
export type UpdateWindow = { opens: Date; closes: Date } | null;

/**
 * The period an update made now counts towards, as the owners' screens show it, and the current
 * period it follows when that one is already locked (so the screens can say why).
 */
export async function findCurrentPeriod(db: DbClient, organisationId: string, now: Date) {
  const periods = await findReportingPeriods(db, { organisationId });
  const today = londonDay(now);
  const period = updatePeriod(periods, today);
  if (!period) return null;
  const current = currentReportingPeriod(periods, today);
  return {
    id: period.id,
    label: period.label,
    startDate: period.startDate,
    endDate: period.endDate,
    windowOpens: period.windowOpens,
    windowCloses: period.windowCloses,
    lockedBefore: current && current.id !== period.id ? current.label : null,
  };
}

/** An action's colour with its milestones' colours, as the rules give them at `asOf`. */
export function assessActionRow<M extends MilestoneRow, A extends Omit<ActionRow, 'milestones'>>(
  action: A & { milestones: M[] },
  lastUpdateAt: Date | null,
  window: UpdateWindow,
  asOf: Date,
) {
  const assessment = assessAction({ ...action, lastUpdateAt, updateWindow: window }, asOf);
  const { milestones: rows, ...rest } = action;
  const milestones = rows.map((m) => ({ ...m, assessment: assessMilestone(m, asOf) }));
  return { ...rest, milestones, assessment };
}

/** The signed-in owner's live actions, soonest due first, and the period whose update is due. */
export async function listMyActions(db: DbClient, session: SessionUser, now: Date) {
  const { organisationId, userId } = session;
  const [period, rows] = await Promise.all([
    findCurrentPeriod(db, organisationId, now),
    findActionsForOwner(db, { organisationId, ownerId: userId }),
  ]);
  const window = period ? { opens: period.windowOpens, closes: period.windowCloses } : null;
  const actions = rows.map(({ updates, ...row }) => {
    const lastUpdateAt = updates[0]?.createdAt ?? null;
    return { ...assessActionRow(row, lastUpdateAt, window, now), lastUpdateAt };
  });
  return {
    period: period && {
      id: period.id,
      label: period.label,
      windowOpens: period.windowOpens,
      windowCloses: period.windowCloses,
      lockedBefore: period.lockedBefore,
    },
    actions,
  };
}

/** One action's page: details, colours, history, comments and its KPIs' current colours. */
export async function getActionDetail(db: DbClient, session: SessionUser, id: string, now: Date) {
  const { organisationId } = session;
  const row = await findActionDetail(db, { organisationId, id });
  if (!row) throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  const { kpis: links, tags, updates, comments, ...action } = row;
  const [period, kpiRows] = await Promise.all([
    findCurrentPeriod(db, organisationId, now),
    findKpisByIds(db, { organisationId, ids: links.map((l) => l.kpi.id) }),
  ]);
  const window = period ? { opens: period.windowOpens, closes: period.windowCloses } : null;
  const lastUpdateAt = updates[0]?.createdAt ?? null;
  const kpis = kpiRows.map((k) => {
    const assessment = assessKpi(toKpiDefinition(k), k.measurements, now);
    return {
      id: k.id,
      code: k.code,
      title: k.title,
      unit: k.unit,
      direction: k.direction,
      assessment,
    };
  });
  return {
    ...assessActionRow(action, lastUpdateAt, window, now),
    lastUpdateAt,
    tags: tags.map((t) => t.tag),
    updates,
    comments: comments.map(presentComment),
    kpis,
    period,
    canEdit: action.ownerId === session.userId,
  };
}
