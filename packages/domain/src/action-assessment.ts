import { z } from 'zod';
import { ZRag, isBetterRag, worseRag, type Rag } from './rag.ts';
import { londonDayNumber } from './dates.ts';
import {
  ZMilestoneInput,
  assessMilestoneOnDay,
  type TMilestoneInput,
} from './milestone-assessment.ts';

export const ZActionStatus = z.enum(['not_started', 'in_progress', 'complete', 'cancelled']);
export type TActionStatus = z.infer<typeof ZActionStatus>;

export const ZActionInput = z.object({
  status: ZActionStatus,
  startDate: z.date().nullish(),
  dueDate: z.date(),
  completedAt: z.date().nullish(),
  milestones: z.array(ZMilestoneInput),
  ownerRag: ZRag.nullish(),
  /** When the newest progress update was made (an instant). */
  lastUpdateAt: z.date().nullish(),
  /** The current reporting period's update window, if a period is open or just closed. */
  updateWindow: z.object({ opens: z.date(), closes: z.date() }).nullish(),
});
export type TActionInput = z.infer<typeof ZActionInput>;

export type TActionReason =
  | 'cancelled'
  | 'complete'
  | 'complete_late'
  | 'not_started'
  | 'start_slipped'
  | 'overdue'
  | 'milestone_overdue'
  | 'milestone_at_risk'
  | 'on_track'
  | 'owner_view';

export type TActionAssessment = {
  /** The effective colour: the worse of the derived colour and the owner's view; null when cancelled. */
  rag: Rag | null;
  /** The colour worked out from dates, status and milestones alone. */
  derivedRag: Rag | null;
  /** The owner's view is greener than the derived colour (shown to the board). */
  optimistic: boolean;
  late: boolean;
  overdue: boolean;
  /** The current period's update window has closed with no update made in it. */
  updateMissing: boolean;
  reason: TActionReason;
};

const CANCELLED: TActionAssessment = {
  rag: null,
  derivedRag: null,
  optimistic: false,
  late: false,
  overdue: false,
  updateMissing: false,
  reason: 'cancelled',
};

/** Colours an action on the London day of `asOf` (DOMAIN.md §4). */
export function assessAction(a: TActionInput, asOf: Date): TActionAssessment {
  return assessActionOnDay(a, londonDayNumber(asOf, 'asOf'));
}

/** As `assessAction`, for a day number the caller has already worked out. */
export function assessActionOnDay(a: TActionInput, today: number): TActionAssessment {
  if (a.status === 'cancelled') return CANCELLED;
  const due = londonDayNumber(a.dueDate, "The action's due date", 'dueDate');
  let derived: Rag;
  let reason: TActionReason;
  let late = false;
  let overdue = false;
  if (a.status === 'complete') {
    const completed = a.completedAt
      ? londonDayNumber(a.completedAt, "The action's completion date", 'completedAt')
      : null;
    late = completed !== null && completed > due;
    [derived, reason] = ['blue', late ? 'complete_late' : 'complete'];
  } else if (today > due) {
    // Past its due date an unfinished action is overdue, whether or not it ever started.
    overdue = true;
    [derived, reason] = ['red', 'overdue'];
  } else {
    const start = a.startDate
      ? londonDayNumber(a.startDate, "The action's start date", 'startDate')
      : null;
    if (a.status === 'not_started' && (start === null || start >= today)) {
      [derived, reason] = ['grey', 'not_started'];
    } else {
      [derived, reason] =
        a.status === 'not_started' ? ['amber', 'start_slipped'] : ['green', 'on_track'];
      [derived, reason] = worstWithMilestones(derived, reason, a.milestones, today);
    }
  }

  const owner = a.ownerRag && a.ownerRag !== 'grey' ? a.ownerRag : null;
  const rag = owner ? worseRag(derived, owner) : derived;
  if (rag !== derived) reason = 'owner_view';
  return {
    rag,
    derivedRag: derived,
    optimistic: owner !== null && isBetterRag(owner, derived),
    late,
    overdue,
    updateMissing: a.status !== 'complete' && isUpdateMissing(a, today),
    reason,
  };
}

function worstWithMilestones(
  rag: Rag,
  reason: TActionReason,
  milestones: readonly TMilestoneInput[],
  today: number,
): [Rag, TActionReason] {
  for (const m of milestones) {
    const assessed = assessMilestoneOnDay(m, today);
    // A completed milestone counts as on track: only late or risky ones make the action worse.
    if (assessed.rag === 'red' && rag !== 'red') [rag, reason] = ['red', 'milestone_overdue'];
    else if (assessed.rag === 'amber' && rag === 'green')
      [rag, reason] = ['amber', 'milestone_at_risk'];
  }
  return [rag, reason];
}

// An update counts for the period once made on or after its window opened, even if made late.
function isUpdateMissing(a: TActionInput, today: number): boolean {
  const window = a.updateWindow;
  if (!window || today <= londonDayNumber(window.closes, "The update window's close date"))
    return false;
  if (!a.lastUpdateAt) return true;
  return (
    londonDayNumber(a.lastUpdateAt, 'The last update time') <
    londonDayNumber(window.opens, "The update window's open date")
  );
}
