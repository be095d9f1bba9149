import { createPublication } from '@belonging/db';
import { buildPublicationPreview } from '../../src/services/admin/publication-preview.ts';
import { DEMO, type ApiTestBed } from './index.ts';

/**
 * A current publication of the demo trust's period made directly (its payload built as publishing
 * would), so a call that takes the page down can repeat.
 */
export async function freshPublication(bed: ApiTestBed, periodId: string) {
  const actor = { userId: await bed.userId(DEMO.admin), organisationId: bed.organisationId };
  const payload = await buildPublicationPreview(bed.db, actor, { periodId });
  return createPublication(
    bed.db,
    {
      organisationId: bed.organisationId,
      periodId,
      workforceUploadId: null,
      payload: JSON.stringify(payload),
      publishedById: actor.userId,
    },
    new Date(),
  );
}
