import { z } from 'zod';
import { ZId, calendarDate, optionalText, requiredText } from './common.ts';

// Cancelling takes an action off the board report, so it stays with the EDI team (admin.action.update).
const ZOwnerStatus = z.enum(['not_started', 'in_progress', 'complete'], {
  error:
    'Status must be not started, in progress or complete: only the EDI team can cancel an action',
});
const ZOwnerRag = z.enum(['red', 'amber', 'green', 'blue'], {
  error: 'Your RAG view must be red, amber, green or blue',
});

/** The longest text each part of an update may hold: the schema's limits and the form's counts. */
export const UPDATE_TEXT_LIMITS = {
  narrative: 5000,
  ownerRagReason: 2000,
  risks: 5000,
  nextSteps: 5000,
  recoveryAction: 5000,
} as const;

/**
 * What an evidence link may be. Plain http is accepted on purpose: trusts keep evidence on
 * intranet servers they do not control, and the tracker only links to it, never fetches it.
 */
export const EVIDENCE_LINK_HINT =
  'A web address starting https:// (or http:// for an intranet page), for example the board paper or policy';

/** An executive owner's quarterly update of one action. */
export const ZActionUpdateInput = z.object({
  actionId: ZId,
  expectedVersion: z
    .number({ error: 'The version you edited is required' })
    .int('The version must be a whole number')
    .min(1, 'The version must be 1 or more')
    .max(2_147_483_647, 'The version is too large'),
  // Named as the form labels the field, so the message matches what the owner sees.
  narrative: requiredText('Your progress this quarter', UPDATE_TEXT_LIMITS.narrative),
  progressPercent: z
    .number({ error: 'Progress must be a number from 0 to 100' })
    .int('Progress must be a whole number')
    .min(0, 'Progress must be 0 or more')
    .max(100, 'Progress must be 100 or less'),
  status: ZOwnerStatus.optional(),
  ownerRag: ZOwnerRag.nullish(),
  ownerRagReason: optionalText('The reason for your RAG view', UPDATE_TEXT_LIMITS.ownerRagReason),
  risks: optionalText('Risks and issues', UPDATE_TEXT_LIMITS.risks),
  nextSteps: optionalText('Next steps', UPDATE_TEXT_LIMITS.nextSteps),
  recoveryAction: optionalText('The recovery action', UPDATE_TEXT_LIMITS.recoveryAction),
  /** The owner keeps this quarter's narrative inside the trust: never on the public progress page. */
  narrativeInternal: z
    .boolean({ error: 'Keep this narrative inside the trust must be true or false' })
    .default(false),
});
export type TActionUpdateInput = z.infer<typeof ZActionUpdateInput>;

export const ZMilestoneCompleteInput = z.object({
  milestoneId: ZId,
  completedAt: calendarDate('The completion date'),
  evidenceUrl: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .url({
        protocol: /^https?$/,
        error: 'The evidence link must be a web address starting http:// or https://',
      })
      .max(2000, 'The evidence link must be 2000 characters or fewer')
      .optional(),
  ),
});
export type TMilestoneCompleteInput = z.infer<typeof ZMilestoneCompleteInput>;

export const ZMilestoneAtRiskInput = z.object({
  milestoneId: ZId,
  atRisk: z.boolean({ error: 'At risk must be true or false' }),
});
export type TMilestoneAtRiskInput = z.infer<typeof ZMilestoneAtRiskInput>;

export const ZCommentInput = z.object({
  actionId: ZId,
  body: requiredText('A comment', 4000),
});
export type TCommentInput = z.infer<typeof ZCommentInput>;

export const ZCommentEditInput = z.object({
  commentId: ZId,
  body: requiredText('A comment', 4000),
});
export type TCommentEditInput = z.infer<typeof ZCommentEditInput>;

export const ZCommentDeleteInput = z.object({ commentId: ZId });
export type TCommentDeleteInput = z.infer<typeof ZCommentDeleteInput>;

export const ZCommentListInput = z.object({ actionId: ZId });
export type TCommentListInput = z.infer<typeof ZCommentListInput>;
