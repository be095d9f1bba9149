import { z } from 'zod';
import { ZId, ZPage, calendarDate } from './common.ts';

/** Filters of the audit trail; `from` and `to` are calendar days, both included. */
export const ZAuditListInput = ZPage.extend({
  entity: z
    .string({ error: 'The entity must be text' })
    .trim()
    .max(40, 'The entity must be 40 characters or fewer')
    .regex(/^[a-z_]*$/, 'The entity must be a name like action or kpi')
    .optional(),
  entityId: ZId.optional(),
  actorId: ZId.optional(),
  from: calendarDate('The from date').optional(),
  to: calendarDate('The to date').optional(),
})
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ['to'],
    message: 'The to date must be on or after the from date',
  })
  .optional();
export type TAuditListInput = z.infer<typeof ZAuditListInput>;
