import {
  createPublication,
  findCurrentPublication,
  findPeriodLabels,
  findPublicationOptions,
  listPublications,
  setItemInternal,
  setPublicShowsOwnerNames,
  unpublishCurrent,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import {
  ZPublicPayload,
  buildPublicPayload,
  type TAdminPublicationPublishInput,
  type TAdminPublicationSetInternalInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { readPublicationSources } from './publication-preview.ts';

/** What can be published (locked periods, saved workforce years), the page's address and settings. */
export async function getPublicationOptions(db: Db, actor: Actor) {
  const { organisation, periods, uploads } = await findPublicationOptions(db, actor.organisationId);
  return {
    slug: organisation?.slug ?? null,
    showOwnerNames: organisation?.publicShowsOwnerNames ?? false,
    periods,
    workforceUploads: uploads,
  };
}

/** The current publication with exactly what the public sees, and the past ones by period. */
export async function getCurrentPublication(db: Db, actor: Actor) {
  const [current, all] = await Promise.all([
    findCurrentPublication(db, actor.organisationId),
    listPublications(db, actor.organisationId),
  ]);
  const labels = await findPeriodLabels(db, {
    organisationId: actor.organisationId,
    ids: all.map((p) => p.periodId),
  });
  const named = <T extends { periodId: string }>(p: T) => ({
    ...p,
    periodLabel: labels.get(p.periodId) ?? null,
  });
  return {
    current: current
      ? { ...named(current), payload: ZPublicPayload.parse(JSON.parse(current.payload)) }
      : null,
    history: all.map(named),
  };
}

/**
 * Publishes a locked period (and optionally a saved workforce year): the payload is built and
 * stored in one transaction with its audit event, retiring the previous publication.
 */
export async function publish(
  db: Db,
  actor: Actor,
  input: TAdminPublicationPublishInput,
  now: Date,
) {
  return writeWithAudit(db, actor, async (tx) => {
    const sources = await readPublicationSources(tx, actor, input);
    const payload = buildPublicPayload({ ...sources, publishedAt: now });
    const stored = await createPublication(
      tx,
      {
        organisationId: actor.organisationId,
        periodId: input.periodId,
        workforceUploadId: input.workforceUploadId ?? null,
        payload: JSON.stringify(payload),
        publishedById: actor.userId,
      },
      now,
    );
    // Words and the period's id (which the trail names), not the upload's id (which it cannot).
    const after = {
      periodId: input.periodId,
      workforceYear: payload.workforce?.asOf ?? null,
      address: `/p/${payload.organisation.slug}`,
    };
    return {
      result: { id: stored.id, publishedAt: stored.publishedAt, payload },
      audit: { entity: 'publication', entityId: stored.id, operation: 'publish', after },
    };
  });
}

/** Takes the public page down at once; refused when nothing is published. */
export async function unpublish(db: Db, actor: Actor, now: Date) {
  return writeWithAudit(db, actor, async (tx) => {
    const taken = await unpublishCurrent(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      at: now,
    });
    if (!taken)
      throw new ApiError('NOT_FOUND', 'Nothing is published: there is no page to take down.');
    return {
      result: { id: taken.id, unpublishedAt: now },
      audit: {
        entity: 'publication',
        entityId: taken.id,
        operation: 'unpublish',
        before: { periodId: taken.periodId, publishedAt: taken.publishedAt },
        after: { unpublishedAt: now },
      },
    };
  });
}

const ITEM_WORDS = {
  commitment: 'commitment',
  action: 'action',
  kpi: 'KPI',
  narrative: 'progress update',
} as const;

/** Marks a commitment, action, KPI or narrative internal (never published) or public again. */
export async function setInternal(db: Db, actor: Actor, input: TAdminPublicationSetInternalInput) {
  return writeWithAudit(db, actor, async (tx) => {
    const changed = await setItemInternal(tx, { organisationId: actor.organisationId, ...input });
    if (!changed) {
      const message = `That ${ITEM_WORDS[input.entity]} does not exist in your trust.`;
      throw new ApiError('NOT_FOUND', message, { id: [message] });
    }
    const { entity } = input;
    const isNarrative = entity === 'narrative';
    return {
      result: { entity: input.entity, id: input.id, isInternal: input.isInternal },
      audit: {
        entity: entity === 'narrative' ? 'action' : entity,
        entityId: changed.auditId,
        operation: isNarrative ? 'set_narrative_internal' : 'set_internal',
        before: { isInternal: changed.before },
        after: { isInternal: input.isInternal },
      },
    };
  });
}

/** Shows or hides owners' names beside their job titles on the next publication. */
export async function setShowOwnerNames(db: Db, actor: Actor, showOwnerNames: boolean) {
  return writeWithAudit(db, actor, async (tx) => {
    const before = await setPublicShowsOwnerNames(tx, {
      organisationId: actor.organisationId,
      value: showOwnerNames,
    });
    return {
      result: { showOwnerNames },
      audit: {
        entity: 'publication',
        entityId: actor.organisationId,
        operation: 'set_owner_names',
        before: { publicShowsOwnerNames: before },
        after: { publicShowsOwnerNames: showOwnerNames },
      },
    };
  });
}
