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

/** An executive owner's quarterly update of one action. */
export const ZActionUpdateInput = z.object({
  actionId: ZId,
  expectedVersion: z
    .number({ error: 'The version you edited is required' })
    .int('The version must be a whole number')
    .min(1, 'The version must be 1 or more')
    .max(2_147_483_647, 'The version is too large'),
  narrative: requiredText('A progress narrative', 5000),
  progressPercent: z
    .number({ error: 'Progress must be a number from 0 to 100' })
    .int('Progress must be a whole number')
    .min(0, 'Progress must be 0 or more')
    .max(100, 'Progress must be 100 or less'),
  status: ZOwnerStatus.optional(),
  ownerRag: ZOwnerRag.nullish(),
  ownerRagReason: optionalText('The reason for your RAG view', 2000),
  risks: optionalText('Risks and issues', 5000),
  nextSteps: optionalText('Next steps', 5000),
  recoveryAction: optionalText('The recovery action', 5000),
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
