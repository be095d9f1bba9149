import type { ActionStatus, Rag } from '../generated/sqlite/enums.ts';
import { addDays, monthEnd, monthStart } from './calendar.ts';

/**
 * The state an action is in at "today". Each names the RAG rule it puts on show: `done` blue,
 * `done_late` blue and late, `at_risk` amber from an at-risk milestone, `milestone_overdue` red from
 * an overdue milestone, `overdue` red, `optimistic` red with a green owner view, `owner_worse` an
 * amber owner view over green dates, `start_slipped` amber, `not_started` grey, `missing_update`
 * green but with no update in the current period.
 */
export type Scenario =
  | 'done'
  | 'done_late'
  | 'green'
  | 'green_long'
  | 'slipped'
  | 'at_risk'
  | 'milestone_overdue'
  | 'overdue'
  | 'optimistic'
  | 'owner_worse'
  | 'start_slipped'
  | 'not_started'
  | 'cancelled'
  | 'missing_update';

type Shape = {
  status: ActionStatus;
  /** Month offsets from today's month: start (first of the month), due and original due (month ends). */
  start: number;
  due: number;
  originalDue?: number;
  /** Month offset of the completion or cancellation, with days before that month's end. */
  closed?: { month: number; daysBefore: number };
  /** The colour the board sees (derived, or the owner's when worse). */
  rag: Rag;
  ownerRag: Rag | null;
  ownerRagReason?: string;
};

const SHAPES: Record<Scenario, Shape> = {
  done: {
    status: 'complete',
    start: -24,
    due: -6,
    closed: { month: -6, daysBefore: 10 },
    rag: 'blue',
    ownerRag: null,
  },
  done_late: {
    status: 'complete',
    start: -22,
    due: -10,
    originalDue: -12,
    closed: { month: -8, daysBefore: 5 },
    rag: 'blue',
    ownerRag: null,
  },
  green: { status: 'in_progress', start: -12, due: 9, rag: 'green', ownerRag: 'green' },
  green_long: {
    status: 'in_progress',
    start: -20,
    due: 20,
    originalDue: 16,
    rag: 'green',
    ownerRag: 'green',
  },
  slipped: {
    status: 'in_progress',
    start: -10,
    due: 5,
    originalDue: -1,
    rag: 'green',
    ownerRag: 'green',
  },
  at_risk: {
    status: 'in_progress',
    start: -9,
    due: 6,
    rag: 'amber',
    ownerRag: 'amber',
    ownerRagReason: 'The next milestone is at risk',
  },
  milestone_overdue: {
    status: 'in_progress',
    start: -10,
    due: 4,
    rag: 'red',
    ownerRag: 'red',
    ownerRagReason: 'A milestone has passed its date',
  },
  overdue: {
    status: 'in_progress',
    start: -16,
    due: -2,
    originalDue: -5,
    rag: 'red',
    ownerRag: 'red',
    ownerRagReason: 'Past its due date',
  },
  optimistic: {
    status: 'in_progress',
    start: -16,
    due: -3,
    originalDue: -9,
    rag: 'red',
    ownerRag: 'green',
    ownerRagReason: 'Only board sign-off remains, which is a formality',
  },
  owner_worse: {
    status: 'in_progress',
    start: -6,
    due: 8,
    rag: 'amber',
    ownerRag: 'amber',
    ownerRagReason: 'Disability declaration rates are too low for a reliable analysis yet',
  },
  start_slipped: { status: 'not_started', start: -1, due: 10, rag: 'amber', ownerRag: null },
  not_started: { status: 'not_started', start: 2, due: 14, rag: 'grey', ownerRag: null },
  cancelled: {
    status: 'cancelled',
    start: -15,
    due: 3,
    closed: { month: -4, daysBefore: 12 },
    rag: 'grey',
    ownerRag: null,
  },
  missing_update: { status: 'in_progress', start: -8, due: 7, rag: 'green', ownerRag: 'green' },
};

export type ScenarioMilestone = {
  title: string;
  dueDate: Date;
  completedAt: Date | null;
  atRisk: boolean;
};

export type ScenarioFacts = {
  status: ActionStatus;
  startDate: Date;
  dueDate: Date;
  originalDueDate: Date;
  /** completedAt for complete actions; the day of cancellation for cancelled ones. */
  closedAt: Date | null;
  progressPercent: number;
  rag: Rag;
  ownerRag: Rag | null;
  ownerRagReason: string | null;
  milestones: ScenarioMilestone[];
};

/** Dates, status and milestones of an action in `scenario`, relative to `today`. */
export function scenarioFacts(
  scenario: Scenario,
  milestoneTitles: string[],
  today: Date,
): ScenarioFacts {
  const shape = SHAPES[scenario];
  const startDate = monthStart(today, shape.start);
  const dueDate = monthEnd(today, shape.due);
  const closedAt = shape.closed
    ? addDays(monthEnd(today, shape.closed.month), -shape.closed.daysBefore)
    : null;
  const n = milestoneTitles.length;
  const milestones = milestoneTitles.map((title, i): ScenarioMilestone => {
    const due = monthEnd(
      today,
      Math.round(shape.start + ((shape.due - shape.start) * (i + 1)) / n),
    );
    const isPast = due.getTime() < today.getTime();
    let completedAt: Date | null = null;
    if (shape.status === 'complete') {
      completedAt = scenario === 'done_late' && i === n - 1 ? closedAt : addDays(due, -4);
    } else if (isPast) {
      completedAt = addDays(due, -4);
    }
    return { title, dueDate: due, completedAt, atRisk: false };
  });

  if (scenario === 'at_risk') {
    const next = milestones.find((m) => !m.completedAt);
    if (next) next.atRisk = true;
  }
  if (scenario === 'milestone_overdue' || scenario === 'overdue' || scenario === 'optimistic') {
    const lastPast = milestones.filter((m) => m.dueDate.getTime() < today.getTime()).at(-1);
    // The seed content must give these scenarios a milestone already due.
    if (!lastPast) throw new Error(`Scenario "${scenario}" needs a milestone due before today`);
    lastPast.completedAt = null;
  }

  const span = dueDate.getTime() - startDate.getTime();
  const elapsed = Math.min(1, Math.max(0, (today.getTime() - startDate.getTime()) / span));
  const progressPercent =
    shape.status === 'complete'
      ? 100
      : shape.status === 'not_started'
        ? 0
        : Math.max(5, Math.min(95, Math.round(elapsed * 20) * 5));

  return {
    status: shape.status,
    startDate,
    dueDate,
    originalDueDate: shape.originalDue === undefined ? dueDate : monthEnd(today, shape.originalDue),
    closedAt,
    progressPercent,
    rag: shape.rag,
    ownerRag: shape.ownerRag,
    ownerRagReason: shape.ownerRagReason ?? null,
    milestones,
  };
}
