import { z } from 'zod';
import { ZId, ZPage, calendarDate } from './common.ts';

// A tick box in the URL reads "true"; the API takes a boolean.
const ZShowSignIns = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
    error: 'Show sign-ins must be ticked or not',
  })
  .optional();

/** The filters of the audit trail, shared by the page, its list and its export. */
const ZAuditFilters = z.object({
  entity: z
    .string({ error: 'The entity must be text' })
    .trim()
    .max(40, 'The entity must be 40 characters or fewer')
    .regex(/^[a-z_]*$/, 'The entity must be a name like action or kpi')
    .optional(),
  entityId: ZId.optional(),
  actorId: ZId.optional(),
  search: z
    .string({ error: 'Search must be text' })
    .trim()
    .max(100, 'Search for 100 characters or fewer')
    .optional(),
  showSignIns: ZShowSignIns,
  from: calendarDate('The from date').optional(),
  to: calendarDate('The to date').optional(),
});

const toAfterFrom = {
  path: ['to'],
  message: 'The to date must be on or after the from date',
};
const datesInOrder = (v: { from?: Date; to?: Date }) => !v.from || !v.to || v.from <= v.to;

/** Filters of the audit trail; `from` and `to` are calendar days, both included. */
export const ZAuditListInput = ZPage.extend(ZAuditFilters.shape)
  .refine(datesInOrder, toAfterFrom)
  .optional();
export type TAuditListInput = z.infer<typeof ZAuditListInput>;

export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** The filtered audit trail as a file: CSV or Excel. */
export const ZAuditExportInput = ZAuditFilters.extend({
  format: z.enum(AUDIT_EXPORT_FORMATS, { error: 'Format must be csv or xlsx' }),
}).refine(datesInOrder, toAfterFrom);
export type TAuditExportInput = z.infer<typeof ZAuditExportInput>;
