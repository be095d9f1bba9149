import { z } from 'zod';
import { ZId, calendarDate, clearableText, optionalText, requiredText } from '../common.ts';
import { ZExpectedVersion, ZTagsInput, reorderIds } from './common.ts';
import { actionDatesProblem } from '../../action-dates.ts';

const ZAdminActionStatus = z.enum(['not_started', 'in_progress', 'complete', 'cancelled'], {
  error: 'Status must be not started, in progress, complete or cancelled',
});

const actionFields = {
  code: requiredText('The action code', 20),
  title: requiredText('The action title', 300),
  description: optionalText('The description', 5000),
  ownerId: ZId,
  deliveryLead: optionalText('The delivery lead', 200),
  startDate: calendarDate('The start date').nullish(),
  dueDate: calendarDate('The due date'),
  status: ZAdminActionStatus,
  completedAt: calendarDate('The completion date').nullish(),
  bafRiskRef: optionalText('The BAF risk reference', 40),
  tags: ZTagsInput,
  kpiIds: z
    .array(ZId, { error: 'Linked KPIs must be a list' })
    .max(100, 'Link 100 KPIs or fewer')
    .refine((ids) => new Set(ids).size === ids.length, 'Link each KPI only once'),
};

function checkDates(
  a: { startDate?: Date | null; dueDate?: Date; completedAt?: Date | null; status?: string },
  ctx: z.RefinementCtx,
) {
  const problem = a.dueDate && actionDatesProblem(a.startDate, a.dueDate);
  if (problem) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: problem });
  if (a.completedAt && a.status !== undefined && a.status !== 'complete') {
    ctx.addIssue({
      code: 'custom',
      path: ['completedAt'],
      message: 'Only a complete action has a completion date',
    });
  }
}

export const ZAdminActionCreateInput = z
  .object({
    commitmentId: ZId,
    ...actionFields,
    status: actionFields.status.default('not_started'),
    tags: actionFields.tags.default([]),
    kpiIds: actionFields.kpiIds.default([]),
  })
  .superRefine(checkDates);
export type TAdminActionCreateInput = z.infer<typeof ZAdminActionCreateInput>;

/** Only the fields given change; a new due date keeps the original one visible. */
export const ZAdminActionUpdateInput = z
  .object({
    id: ZId,
    expectedVersion: ZExpectedVersion,
    commitmentId: ZId.optional(),
    code: actionFields.code.optional(),
    title: actionFields.title.optional(),
    description: clearableText('The description', 5000),
    ownerId: ZId.optional(),
    deliveryLead: clearableText('The delivery lead', 200),
    startDate: actionFields.startDate,
    dueDate: actionFields.dueDate.optional(),
    status: actionFields.status.optional(),
    completedAt: actionFields.completedAt,
    bafRiskRef: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
      actionFields.bafRiskRef.nullable(),
    ),
    tags: actionFields.tags.optional(),
    kpiIds: actionFields.kpiIds.optional(),
  })
  .superRefine(checkDates);
export type TAdminActionUpdateInput = z.infer<typeof ZAdminActionUpdateInput>;

export const ZAdminActionArchiveInput = z.object({ id: ZId, expectedVersion: ZExpectedVersion });
export type TAdminActionArchiveInput = z.infer<typeof ZAdminActionArchiveInput>;

export const ZAdminActionReorderInput = z.object({ commitmentId: ZId, ids: reorderIds('Actions') });
export type TAdminActionReorderInput = z.infer<typeof ZAdminActionReorderInput>;

const evidenceUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z
    .url({
      protocol: /^https?$/,
      error: 'The evidence link must be a web address starting http:// or https://',
    })
    .max(2000, 'The evidence link must be 2000 characters or fewer')
    .nullish(),
);

/** True once the EDI team has seen that the same milestone already exists and wants it anyway. */
const confirmDuplicate = z
  .boolean({ error: 'Confirming a duplicate must be true or false' })
  .optional();

export const ZAdminMilestoneCreateInput = z.object({
  actionId: ZId,
  title: requiredText('The milestone title', 300),
  dueDate: calendarDate('The due date'),
  atRisk: z.boolean({ error: 'At risk must be true or false' }).default(false),
  evidenceUrl,
  confirmDuplicate,
});
export type TAdminMilestoneCreateInput = z.infer<typeof ZAdminMilestoneCreateInput>;

export const ZAdminMilestoneUpdateInput = z.object({
  id: ZId,
  title: requiredText('The milestone title', 300).optional(),
  dueDate: calendarDate('The due date').optional(),
  completedAt: calendarDate('The completion date').nullish(),
  atRisk: z.boolean({ error: 'At risk must be true or false' }).optional(),
  evidenceUrl,
  confirmDuplicate,
});
export type TAdminMilestoneUpdateInput = z.infer<typeof ZAdminMilestoneUpdateInput>;

export const ZAdminMilestoneReorderInput = z.object({
  actionId: ZId,
  ids: reorderIds('Milestones'),
});
export type TAdminMilestoneReorderInput = z.infer<typeof ZAdminMilestoneReorderInput>;
