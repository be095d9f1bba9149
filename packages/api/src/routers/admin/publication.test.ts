import { findCurrentPublicationBySlug } from '@belonging/db';
import { countRowsByTable, createLeakRows, testProviders } from '@belonging/db/testing';
import { ZPublicPayload, type TPublicPayload } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { anyPeriod } from '../../../test/support/fixtures.ts';
import { DEMO } from '../../../test/support/index.ts';
import { firstCommitment } from '../../../test/support/admin-fixtures.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshWorkforceUpload } from '../../../test/support/workforce-fixtures.ts';

const SLUG = 'demo-partnership';

const actionsOf = (p: TPublicPayload) =>
  p.ambitions.flatMap((a) => a.commitments.flatMap((c) => c.actions));

describe.each(testProviders())('admin.publication on %s', (provider) => {
  const { bed, admin, auditCount, lastEvent } = useApiTestBed(provider);
  const lockedId = async () => (await anyPeriod(bed, true)).id;
  const leakRows = async (marker: string, periodId: string) =>
    createLeakRows(bed.db, {
      organisationId: bed.organisationId,
      ownerId: await bed.userId(DEMO.owner),
      marker,
      periodId,
    });
  const stored = async () => {
    const row = await findCurrentPublicationBySlug(bed.db, SLUG);
    return row && ZPublicPayload.parse(JSON.parse(row.payload));
  };

  it('offers the locked periods and saved workforce years, and the page’s address', async () => {
    const options = await (await admin()).admin.publication.options();
    expect(options.slug).toBe(SLUG);
    expect(options.periods.length).toBeGreaterThan(0);
    expect(options.periods.every((p) => p.lockedAt !== null)).toBe(true);
    expect(options.periods.map((p) => p.id)).not.toContain((await anyPeriod(bed, false)).id);
    expect(options.workforceUploads.every((u) => u.savedAt !== null)).toBe(true);
  });

  it('previews exactly what publishing stores, writing nothing; publishing is one audit event', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const rows = await countRowsByTable(bed.db);
    const preview = await api.admin.publication.preview({ periodId });
    expect(await countRowsByTable(bed.db)).toEqual(rows);

    const events = await auditCount();
    const published = await api.admin.publication.publish({ periodId, confirm: true });
    expect(await auditCount()).toBe(events + 1);
    expect(await lastEvent(published.id)).toMatchObject({
      entity: 'publication',
      operation: 'publish',
    });
    expect({ ...published.payload, publishedAt: '' }).toEqual({ ...preview, publishedAt: '' });
    expect(await stored()).toEqual(published.payload);
  });

  it('refuses a period that is not locked with a field error, and writes nothing', async () => {
    const api = await admin();
    const draft = await anyPeriod(bed, false);
    const rows = await countRowsByTable(bed.db);
    for (const call of [
      api.admin.publication.preview({ periodId: draft.id }),
      api.admin.publication.publish({ periodId: draft.id, confirm: true }),
    ]) {
      const error = await errorOf(call);
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldErrorsOf(error).periodId?.[0]).toMatch(/not locked yet/);
    }
    expect(await countRowsByTable(bed.db)).toEqual(rows);
  });

  it('refuses a workforce year not saved to the KPIs with a field error', async () => {
    const upload = await freshWorkforceUpload(bed);
    const error = await errorOf(
      (await admin()).admin.publication.publish({
        periodId: await lockedId(),
        workforceUploadId: upload.id,
        confirm: true,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error).workforceUploadId?.[0]).toMatch(/not been saved/);
  });

  it('refuses to publish without the confirmation, and another trust’s period as not found', async () => {
    const api = await admin();
    const unconfirmed = await errorOf(
      api.admin.publication.publish({ periodId: await lockedId(), confirm: false as true }),
    );
    expect(unconfirmed.code).toBe('BAD_REQUEST');
    const theirs = await errorOf(api.admin.publication.preview({ periodId: bed.other.periodId }));
    expect(theirs.code).toBe('NOT_FOUND');
  });

  it('republishes over the current page, and unpublishing takes it down at once', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const first = await api.admin.publication.publish({ periodId, confirm: true });
    const second = await api.admin.publication.publish({ periodId, confirm: true });
    const { current, history } = await api.admin.publication.current();
    expect(current?.id).toBe(second.id);
    expect(history.find((p) => p.id === first.id)?.unpublishedAt).not.toBeNull();

    const events = await auditCount();
    await api.admin.publication.unpublish();
    expect(await auditCount()).toBe(events + 1);
    expect(await findCurrentPublicationBySlug(bed.db, SLUG)).toBeNull();
    expect((await api.admin.publication.current()).current).toBeNull();
    expect((await errorOf(api.admin.publication.unpublish())).code).toBe('NOT_FOUND');
  });

  it('keeps an item marked internal off the next preview with its children, and brings it back when public again', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const codes = (p: TPublicPayload) =>
      p.ambitions.flatMap((a) => a.commitments.map((c) => c.code));
    const before = await api.admin.publication.preview({ periodId });
    const { id } = await firstCommitment(bed);

    const events = await auditCount();
    await api.admin.publication.setInternal({ entity: 'commitment', id, isInternal: true });
    expect(await auditCount()).toBe(events + 1);
    expect(await lastEvent(id)).toMatchObject({ entity: 'commitment', operation: 'set_internal' });
    const hidden = await api.admin.publication.preview({ periodId });
    const removed = codes(before).filter((c) => !codes(hidden).includes(c));
    expect(removed).toHaveLength(1);
    const children = before.ambitions
      .flatMap((a) => a.commitments)
      .find((c) => c.code === removed[0])
      ?.actions.map((a) => a.code);
    expect(children?.length).toBeGreaterThan(0);
    for (const code of children ?? [])
      expect(actionsOf(hidden).map((a) => a.code)).not.toContain(code);

    await api.admin.publication.setInternal({ entity: 'commitment', id, isInternal: false });
    expect(codes(await api.admin.publication.preview({ periodId }))).toEqual(codes(before));
  });

  it('keeps a narrative marked internal off the page, and publishes it once marked public', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const rows = await leakRows('Nr8', periodId);
    const narratives = async () =>
      actionsOf(await api.admin.publication.preview({ periodId })).map((a) => a.narrative);
    expect(await narratives()).not.toContain('Nr8 internal narrative');
    const id = rows.internalNarrativeUpdateId;
    await api.admin.publication.setInternal({ entity: 'narrative', id, isInternal: false });
    expect(await narratives()).toContain('Nr8 internal narrative');
    const events = await auditCount();
    await api.admin.publication.setInternal({ entity: 'narrative', id, isInternal: true });
    expect(await auditCount()).toBe(events + 1);
    expect(await narratives()).not.toContain('Nr8 internal narrative');
  });

  it('publishes each action’s status and progress as the period’s snapshot saw them, not an update written since', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const rows = await leakRows('Lt5', periodId);
    const action = actionsOf(await api.admin.publication.preview({ periodId })).find(
      (a) => a.title === rows.publicActionTitle,
    );
    expect(action).toMatchObject({
      statusWords: 'In progress',
      progressPercent: 40,
      narrative: 'Lt5 public narrative',
    });
  });

  it('refuses to mark another trust’s action as not found', async () => {
    const error = await errorOf(
      (await admin()).admin.publication.setInternal({
        entity: 'action',
        id: bed.other.actionId,
        isInternal: true,
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });

  it('shows owners’ names beside their job titles only once the trust chooses to', async () => {
    const api = await admin();
    const periodId = await lockedId();
    const owner = (p: TPublicPayload) =>
      actionsOf(p).find((a) => a.ownerJobTitle === 'Chief People Officer');
    expect(owner(await api.admin.publication.preview({ periodId }))?.ownerName).toBeNull();
    await api.admin.publication.setShowOwnerNames({ showOwnerNames: true });
    expect(owner(await api.admin.publication.preview({ periodId }))?.ownerName).toBe('Daniel Hart');
    await api.admin.publication.setShowOwnerNames({ showOwnerNames: false });
    expect((await api.admin.publication.options()).showOwnerNames).toBe(false);
  });

  it('is the EDI team’s alone', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    const error = await errorOf(owner.admin.publication.preview({ periodId: await lockedId() }));
    expect(error.code).toBe('FORBIDDEN');
  });
});
