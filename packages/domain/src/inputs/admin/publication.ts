import { z } from 'zod';
import { ZId } from '../common.ts';

// The public progress page's procedures: choosing what to publish, previewing and confirming it,
// and marking what never publishes.

const ZWorkforceChoice = ZId.nullish();

/** A locked period's snapshot and, optionally, a saved workforce year. */
export const ZAdminPublicationPreviewInput = z.object({
  periodId: ZId,
  workforceUploadId: ZWorkforceChoice,
});
export type TAdminPublicationPreviewInput = z.infer<typeof ZAdminPublicationPreviewInput>;

/** Publishing needs the EDI admin's explicit confirmation that the preview is what they mean. */
export const ZAdminPublicationPublishInput = ZAdminPublicationPreviewInput.extend({
  confirm: z.literal(true, {
    error: 'Confirm that the preview is what the public should see',
  }),
});
export type TAdminPublicationPublishInput = z.infer<typeof ZAdminPublicationPublishInput>;

/** What can be marked internal: a commitment, action or KPI, or a progress update's narrative. */
export const PUBLIC_ITEM_KINDS = ['commitment', 'action', 'kpi', 'narrative'] as const;

export const ZAdminPublicationSetInternalInput = z.object({
  entity: z.enum(PUBLIC_ITEM_KINDS, {
    error: 'Choose a commitment, an action, a KPI or a narrative',
  }),
  id: ZId,
  isInternal: z.boolean({ error: 'Say whether it is internal: true or false' }),
});
export type TAdminPublicationSetInternalInput = z.infer<typeof ZAdminPublicationSetInternalInput>;

export const ZAdminPublicationSetShowOwnerNamesInput = z.object({
  showOwnerNames: z.boolean({ error: "Say whether owners' names are shown: true or false" }),
});
export type TAdminPublicationSetShowOwnerNamesInput = z.infer<
  typeof ZAdminPublicationSetShowOwnerNamesInput
>;
