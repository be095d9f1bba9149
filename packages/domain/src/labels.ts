import type { Rag } from './rag.ts';
import type { TMovement } from './rollup.ts';
import type { TSpcAssurance, TSpcVariation } from './spc.ts';
import type { TKpiReason } from './kpi-assessment.ts';
import type { TActionReason, TActionStatus } from './action-assessment.ts';
import type { TMilestoneReason } from './milestone-assessment.ts';
import type { TUserRoleInput } from './inputs/admin/user.ts';
import type { TEdsRating } from './equality.ts';

/** Each action status in words. */
export const ACTION_STATUS_LABELS: Record<TActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

/** EDS 2022 ratings in words. */
export const EDS_RATING_LABELS: Record<TEdsRating, string> = {
  undeveloped: 'Undeveloped',
  developing: 'Developing',
  achieving: 'Achieving',
  excelling: 'Excelling',
};

/** An EDS 2022 outcome's score, 0 to 3, in the words of the rating it matches. */
export const EDS_SCORE_LABELS = [
  EDS_RATING_LABELS.undeveloped,
  EDS_RATING_LABELS.developing,
  EDS_RATING_LABELS.achieving,
  EDS_RATING_LABELS.excelling,
] as const;

/** Each role in the words people use for it. */
export const ROLE_LABELS: Record<TUserRoleInput, string> = {
  edi_admin: 'EDI team',
  executive_owner: 'Executive owner',
  board_member: 'Board member',
  network_rep: 'Staff network representative',
};

/** A role as a noun inside a sentence: "an executive owner", "the EDI team". */
export function roleNoun(role: TUserRoleInput): string {
  const label = ROLE_LABELS[role];
  // Keep an acronym's capitals ("EDI team"); lower-case an ordinary first word.
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Every colour with its word: colour is never the only signal. */
export const RAG_LABELS: Record<Rag, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue',
  grey: 'Not rated',
};

export const MOVEMENT_LABELS: Record<TMovement, string> = {
  improved: 'Improved',
  deteriorated: 'Deteriorated',
  unchanged: 'No change',
  new: 'New',
};

/** The meaning of each Making Data Count variation icon, in NHS England's words. */
export const VARIATION_LABELS: Record<TSpcVariation, string> = {
  common_cause: 'Common cause variation: no significant change',
  improvement_high:
    'Special cause variation of an improving nature where the measure is significantly higher',
  improvement_low:
    'Special cause variation of an improving nature where the measure is significantly lower',
  concern_high:
    'Special cause variation of a concerning nature where the measure is significantly higher',
  concern_low:
    'Special cause variation of a concerning nature where the measure is significantly lower',
  neither_high:
    'Special cause variation where the measure is significantly higher, neither improving nor concerning',
  neither_low:
    'Special cause variation where the measure is significantly lower, neither improving nor concerning',
};

export const ASSURANCE_LABELS: Record<TSpcAssurance, string> = {
  pass: 'The system is expected to consistently pass the target',
  fail: 'The system is expected to consistently fail the target',
  hit_or_miss: 'The system may achieve or fail the target subject to random variation',
};

/** Shown where a KPI has too few points for process limits and icons. */
export const SPC_RUN_CHART_LABEL = 'Too few points for process limits: shown as a run chart';

export type TReason = TKpiReason | TActionReason | TMilestoneReason;

export const REASON_LABELS: Record<TReason, string> = {
  no_data: 'No data yet',
  target_met: 'Final target achieved',
  on_track: 'On track',
  below_trajectory: 'Behind the expected trajectory, within tolerance',
  off_trajectory: 'Behind the expected trajectory, beyond tolerance',
  in_band: 'Within the expected range',
  near_band: 'Outside the expected range, within tolerance',
  outside_band: 'Outside the expected range, beyond tolerance',
  cancelled: 'Cancelled',
  complete: 'Complete',
  complete_late: 'Complete, after its due date',
  not_started: 'Not started yet',
  start_slipped: 'Not started, start date passed',
  overdue: 'Overdue',
  milestone_overdue: 'A milestone is overdue',
  milestone_at_risk: 'A milestone is at risk',
  at_risk: 'At risk',
  owner_view: "The owner's view is worse than the dates and milestones show",
};
