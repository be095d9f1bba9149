import {
  readAction,
  readKpi,
  readMilestone,
  setActionArchivedAt,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import {
  freshAction,
  freshAmbition,
  freshKpi,
  freshMilestone,
} from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('restoring archived strategy items on %s', (provider) => {
  const { bed, auditCount, admin, lastEvent } = useApiTestBed(provider);

  it('lists each archived item with who archived it, and restores it to the same place and order', async () => {
    const api = await admin();
    const action = await freshAction(bed);
    const { sortOrder } = await readAction(bed.db, action.id);
    await api.admin.action.archive({ id: action.id, expectedVersion: action.version });

    const archived = await api.admin.archived.list();
    expect(archived.actions.find((a) => a.id === action.id)).toMatchObject({
      title: 'Test action',
      archivedBy: 'Ama Owusu',
      commitment: { archivedAt: null },
    });

    const start = await auditCount();
    const restored = await api.admin.action.restore({ id: action.id });
    expect(restored).toMatchObject({ id: action.id, archivedAt: null });
    expect(await readAction(bed.db, action.id)).toMatchObject({
      archivedAt: null,
      commitmentId: action.commitmentId,
      sortOrder,
      version: action.version + 2,
    });
    expect(await auditCount()).toBe(start + 1);
    expect(await lastEvent(action.id)).toMatchObject({ entity: 'action', operation: 'restore' });
    expect((await api.admin.archived.list()).actions.map((a) => a.id)).not.toContain(action.id);

    const again = await errorOf(api.admin.action.restore({ id: action.id }));
    expect(again.code).toBe('NOT_FOUND');
    expect(await auditCount()).toBe(start + 1);
  });

  it('restores a milestone and a KPI archived through the admin procedures', async () => {
    const api = await admin();
    const milestone = await freshMilestone(bed);
    await api.admin.milestone.archive({ id: milestone.id });
    const kpi = await freshKpi(bed);
    await api.admin.kpi.archive({ id: kpi.id, expectedVersion: kpi.version });
    const archived = await api.admin.archived.list();
    expect(archived.milestones.map((m) => m.id)).toContain(milestone.id);
    expect(archived.kpis.find((k) => k.id === kpi.id)).toMatchObject({
      archivedBy: 'Ama Owusu',
    });

    await api.admin.milestone.restore({ id: milestone.id });
    await api.admin.kpi.restore({ id: kpi.id });
    expect(await readMilestone(bed.db, milestone.id)).toMatchObject({
      archivedAt: null,
      actionId: milestone.actionId,
    });
    expect(await readKpi(bed.db, kpi.id)).toMatchObject({
      archivedAt: null,
      ambitionId: kpi.ambitionId,
    });
  });

  it('refuses to restore under an archived parent, naming the parent, and changes nothing', async () => {
    const api = await admin();
    const ambition = await freshAmbition(bed);
    const commitment = await api.admin.commitment.create({
      ambitionId: ambition.id,
      code: '9.1',
      title: 'A commitment under an ambition that leaves',
    });
    await api.admin.commitment.archive({ id: commitment.id });
    await api.admin.ambition.archive({ id: ambition.id });

    const start = await auditCount();
    const refused = await errorOf(api.admin.commitment.restore({ id: commitment.id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe(
      `Commitment 9.1 cannot be restored while ambition ${ambition.number} is archived: restore ambition ${ambition.number} first.`,
    );
    expect(await auditCount()).toBe(start);

    await api.admin.ambition.restore({ id: ambition.id });
    await api.admin.commitment.restore({ id: commitment.id });
    expect(await auditCount()).toBe(start + 2);
  });

  it('refuses an ambition whose number, or a commitment whose code, a live item now has', async () => {
    const api = await admin();
    const old = await freshAmbition(bed);
    await api.admin.ambition.archive({ id: old.id });
    const replacement = await api.admin.ambition.create({
      number: old.number,
      title: 'Its successor',
    });
    const start = await auditCount();
    const ambitionClash = await errorOf(api.admin.ambition.restore({ id: old.id }));
    expect(ambitionClash.code).toBe('BAD_REQUEST');
    expect(ambitionClash.message).toContain(
      `the live ambition ${replacement.number} “Its successor” has its number`,
    );

    const first = await api.admin.commitment.create({
      ambitionId: replacement.id,
      code: '7.1',
      title: 'First try',
    });
    await api.admin.commitment.archive({ id: first.id });
    await api.admin.commitment.create({ ambitionId: replacement.id, code: '7.1', title: 'Second' });
    const codeClash = await errorOf(api.admin.commitment.restore({ id: first.id }));
    expect(codeClash.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(codeClash)).toEqual({
      code: [
        `Commitment 7.1 already exists under Ambition ${replacement.number}: choose another code`,
      ],
    });
    // The commitments' create, archive and create; the refusals left nothing.
    expect(await auditCount()).toBe(start + 3);
  });

  it('restores only the caller’s trust’s archived items, and only for the EDI team', async () => {
    const action = await freshAction(bed);
    await setActionArchivedAt(bed.db, action.id, new Date());
    const owner = await bed.callerAs(DEMO.owner);
    expect((await errorOf(owner.admin.action.restore({ id: action.id }))).code).toBe('FORBIDDEN');
    const live = await freshAction(bed);
    expect((await errorOf((await admin()).admin.action.restore({ id: live.id }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
