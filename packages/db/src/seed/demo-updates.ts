import { assessAction } from '@belonging/domain';
import type { ActionStatus, Rag } from '../generated/sqlite/enums.ts';
import { addDays, atHour, minDate } from './calendar.ts';
import { periodsToLock } from './periods.ts';
import type { Scenario, ScenarioFacts, ScenarioMilestone } from './demo-scenarios.ts';

export type UpdateSeed = {
  periodId: string;
  createdAt: Date;
  narrative: string;
  progressPercent: number;
  status: ActionStatus;
  ownerRag: Rag | null;
  ownerRagReason: string | null;
  effectiveRag: Rag | null;
  risks: string | null;
  nextSteps: string | null;
  recoveryAction: string | null;
};

type PeriodRow = {
  id: string;
  startDate: Date;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
};

const RECOVERY: Partial<Record<Scenario, string>> = {
  at_risk:
    'Extra facilitator time agreed with the OD team; the milestone is re-planned with the networks and reviewed fortnightly.',
  milestone_overdue:
    'A revised plan goes to the next People Committee, with the lead reporting weekly to the executive owner until the milestone is done.',
  overdue:
    'Staff side and the EDI lead have agreed a shortened consultation; the revised date goes to the next committee for approval.',
  optimistic: 'The paper is drafted and booked for the next board meeting.',
  owner_worse:
    'A declaration campaign runs this quarter so the analysis rests on reliable numbers.',
  start_slipped: 'The lead is now in post; a project plan will be agreed within a month.',
};

const RISKS: Partial<Record<Scenario, string>> = {
  at_risk: 'Facilitators are stretched across two programmes.',
  milestone_overdue: 'Capacity in the team; competing priorities over winter.',
  overdue: 'Consultation with staff side took longer than planned.',
  optimistic: 'Board agenda space.',
  owner_worse:
    'Only about 5% of staff have declared a disability, too few for a robust pay comparison.',
  start_slipped: 'The delivery lead post was vacant for three months.',
};

const lower = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

function narrativeFor(
  scenario: Scenario,
  facts: ScenarioFacts,
  milestones: ScenarioMilestone[],
  day: Date,
  isLatest: boolean,
): string {
  const done = milestones.filter((m) => m.completedAt && m.completedAt.getTime() <= day.getTime());
  const open = milestones.filter((m) => !done.includes(m));
  const next = open[0];
  if (facts.status === 'complete' && open.length === 0) {
    return `Complete. ${milestones.at(-1)?.title ?? 'The final milestone'} is done and the evidence is filed with the EDI team.`;
  }
  if (facts.status === 'cancelled' && isLatest) {
    return 'Cancelled by the People Committee: the apprenticeship partnerships now reach the same communities, so this work is folded into that action.';
  }
  if (day.getTime() < facts.startDate.getTime()) {
    return facts.status === 'not_started'
      ? `Not started yet. Planning is under way with the delivery lead; work starts in ${facts.startDate.toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}.`
      : 'Scoping with the delivery lead ahead of the start date.';
  }
  if (facts.status === 'not_started')
    return 'The start has slipped: the delivery lead post was vacant and the work has not begun.';
  const progress = done.length ? `${done.at(-1)?.title ?? ''} is done. ` : '';
  if (
    !isLatest ||
    scenario === 'green' ||
    scenario === 'green_long' ||
    scenario === 'slipped' ||
    scenario === 'missing_update'
  ) {
    return `${progress}Work on ${next ? lower(next.title) : 'the final stage'} is under way and on track.`;
  }
  switch (scenario) {
    case 'at_risk':
      return `${progress}${next ? next.title : 'The next milestone'} is at risk: facilitators are stretched and sessions have been cancelled at short notice.`;
    case 'milestone_overdue':
    case 'overdue': {
      const late = milestones.find((m) => !m.completedAt && m.dueDate.getTime() < day.getTime());
      return `${progress}${late ? late.title : 'A milestone'} has passed its date and is still open.`;
    }
    case 'optimistic':
      return `${progress}Only board sign-off remains, which we expect at the next meeting.`;
    case 'owner_worse':
      return `${progress}The dates are on track, but the analysis may not be reliable until more staff declare a disability.`;
    default:
      return `${progress}Work continues.`;
  }
}

/**
 * One progress update per reporting period while the action is live, made inside the period's
 * update window (and before `today`). The newest carries the action's current state; a
 * `missing_update` action skips the current period.
 */
export function demoUpdates(args: {
  scenario: Scenario;
  facts: ScenarioFacts;
  periods: PeriodRow[];
  currentPeriodId: string | null;
  today: Date;
  index: number;
}): UpdateSeed[] {
  const { scenario, facts, periods, currentPeriodId, today, index } = args;
  const opened = periods.filter((p) => p.windowOpens.getTime() <= today.getTime());
  const live = opened.filter((p) => {
    if (facts.closedAt && p.startDate.getTime() > facts.closedAt.getTime()) return false;
    if (facts.status === 'not_started') return true;
    return p.endDate.getTime() >= facts.startDate.getTime();
  });
  const chosen = (facts.status === 'not_started' ? live.slice(-2) : live).filter(
    (p) => !(scenario === 'missing_update' && p.id === currentPeriodId),
  );
  const dated = chosen
    .map((p) => ({
      p,
      day: minDate(addDays(p.windowCloses, -6 - (index % 5)), addDays(today, -1 - (index % 3))),
    }))
    .filter(({ p, day }) => day.getTime() >= p.windowOpens.getTime());

  // The scenario's colour arrives in the newest locked quarter, so the board's latest snapshot
  // shows movement from the one before; earlier updates read as on track.
  const storyEnd = periodsToLock(periods, today).at(-1)?.endDate ?? dated.at(-1)?.p.endDate;
  return dated.map(({ p, day }, i): UpdateSeed => {
    const isLatest = i === dated.length - 1;
    const isRecent = isLatest || (storyEnd !== undefined && p.endDate >= storyEnd);
    const status: ActionStatus = isLatest
      ? facts.status
      : facts.status === 'not_started'
        ? 'not_started'
        : 'in_progress';
    // Before the scenario arrives the owner's view agrees with the dates and milestones on the
    // update's day, so the history reads as the rules would have coloured it then.
    const then =
      status === 'in_progress' && !isRecent
        ? assessAction({ ...facts, status, completedAt: null, ownerRag: null }, day).rag
        : null;
    const effectiveRag: Rag =
      status === 'complete'
        ? 'blue'
        : status === 'cancelled' || status === 'not_started'
          ? 'grey'
          : isRecent
            ? facts.rag
            : (then ?? 'green');
    const ownerRag = isRecent
      ? isLatest || status === 'in_progress'
        ? facts.ownerRag
        : null
      : then === 'grey'
        ? null
        : then;
    const needsRecovery = effectiveRag === 'red' || effectiveRag === 'amber';
    const span = facts.dueDate.getTime() - facts.startDate.getTime();
    const elapsed = Math.min(1, Math.max(0, (day.getTime() - facts.startDate.getTime()) / span));
    return {
      periodId: p.id,
      createdAt: atHour(day, 9 + (index % 7)),
      narrative: narrativeFor(scenario, facts, facts.milestones, day, isLatest),
      progressPercent: isLatest
        ? facts.progressPercent
        : Math.min(facts.progressPercent, Math.round(elapsed * 20) * 5),
      status,
      ownerRag,
      // The reason travels with the view it explains.
      ownerRagReason: isRecent && ownerRag === facts.ownerRag ? facts.ownerRagReason : null,
      effectiveRag,
      risks: needsRecovery ? (RISKS[scenario] ?? null) : null,
      nextSteps:
        status === 'in_progress' ? 'Report progress to the EDI steering group next month.' : null,
      recoveryAction: needsRecovery
        ? (RECOVERY[scenario] ??
          'The delivery lead has a recovery plan agreed with the executive owner.')
        : null,
    };
  });
}
