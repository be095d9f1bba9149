import { buildPublicPayload } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { createPublication } from '../queries/publications.ts';
import { loadPublicationSources } from '../reports/publication-sources.ts';

/** The demo's action whose progress narratives stay inside the trust (employee relations cases). */
export const DEMO_INTERNAL_NARRATIVE_ACTION = '1.3.1';

/**
 * Marks the narratives of one demo action internal, then publishes the latest locked quarter with
 * the latest saved workforce year, as the EDI lead, so `/p/<slug>` shows a page on first start.
 * Nothing is published when no quarter is locked yet.
 */
export async function publishDemoPage(
  tx: DbClient,
  input: {
    organisationId: string;
    ediLeadId: string;
    internalNarrativeActionId: string | undefined;
    now: Date;
  },
) {
  const { organisationId } = input;
  if (input.internalNarrativeActionId)
    await tx.progressUpdate.updateMany({
      where: { organisationId, actionId: input.internalNarrativeActionId },
      data: { isInternal: true },
    });
  const [period, upload] = await Promise.all([
    tx.reportingPeriod.findFirst({
      where: { organisationId, lockedAt: { not: null } },
      orderBy: { endDate: 'desc' },
      select: { id: true, lockedAt: true },
    }),
    tx.workforceUpload.findFirst({
      where: { organisationId, savedAt: { not: null } },
      orderBy: [{ asOf: 'desc' }, { savedAt: 'desc' }],
      select: { id: true },
    }),
  ]);
  if (!period?.lockedAt) return null;
  const choice = { organisationId, periodId: period.id, workforceUploadId: upload?.id ?? null };
  const sources = await loadPublicationSources(tx, choice);
  if ('refusal' in sources)
    throw new Error(`The demo page cannot be published: ${sources.refusal}`);
  const publishedAt = input.now.getTime() > period.lockedAt.getTime() ? input.now : period.lockedAt;
  const payload = buildPublicPayload({ ...sources.input, publishedAt });
  return createPublication(
    tx,
    {
      organisationId,
      periodId: period.id,
      workforceUploadId: choice.workforceUploadId,
      payload: JSON.stringify(payload),
      publishedById: input.ediLeadId,
    },
    publishedAt,
  );
}
