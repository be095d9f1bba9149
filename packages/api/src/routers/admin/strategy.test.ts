import {
  countActions,
  countAmbitionsNumbered,
  findAnyAmbitionId,
  readAction,
  readAmbition,
  readCommitment,
  readLiveActionIds,
  readLiveAmbitionIds,
  readLiveCommitmentIds,
  readMilestone,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import {
  firstCommitment,
  freshAction,
  freshAmbition,
  freshMilestone,
} from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('admin strategy procedures on %s', (provider) => {
  const { bed, auditCount, admin, lastEvent } = useApiTestBed(provider);

  it('creates, renames, reorders and archives an ambition, each with one audit event', async () => {
    const api = await admin();
    const start = await auditCount();
    const created = await api.admin.ambition.create({
      number: 4,
      title: 'Inclusive services',
      description: 'Services shaped by the people who use them',
    });
    expect(created).toMatchObject({ number: 4, title: 'Inclusive services', archivedAt: null });
    const renamed = await api.admin.ambition.update({
      id: created.id,
      title: 'Inclusive and fair services',
    });
    expect(renamed.title).toBe('Inclusive and fair services');
    expect(await lastEvent(created.id)).toMatchObject({ entity: 'ambition', operation: 'update' });

    const order = (await readLiveAmbitionIds(bed.db, bed.organisationId)).reverse();
    await api.admin.ambition.reorder({ ids: order });
    expect(await readLiveAmbitionIds(bed.db, bed.organisationId)).toEqual(order);

    await api.admin.ambition.archive({ id: created.id });
    const row = await readAmbition(bed.db, created.id);
    expect(row.archivedAt).not.toBeNull();
    expect(await auditCount()).toBe(start + 4);
  });

  it('refuses a duplicate ambition number and an empty title, naming the field and writing nothing', async () => {
    const api = await admin();
    const start = await auditCount();
    const taken = await errorOf(
      api.admin.ambition.create({ number: 1, title: 'Another first ambition' }),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(taken))).toEqual(['number']);
    const empty = await errorOf(api.admin.ambition.create({ number: 9, title: '  ' }));
    expect(empty.code).toBe('BAD_REQUEST');
    expect(empty.message).toMatch(/ambition title/i);
    expect(await auditCount()).toBe(start);
    expect(await countAmbitionsNumbered(bed.db, bed.organisationId, 9)).toBe(0);
  });

  it('refuses a reorder that leaves out a live ambition', async () => {
    const live = await readLiveAmbitionIds(bed.db, bed.organisationId);
    const error = await errorOf((await admin()).admin.ambition.reorder({ ids: live.slice(1) }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(error))).toEqual(['ids']);
  });

  it('refuses everyone but the EDI team (FORBIDDEN), nobody (UNAUTHORIZED), and writes nothing', async () => {
    const start = await auditCount();
    const input = { number: 7, title: 'Not allowed' };
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      expect((await errorOf((await bed.callerAs(email)).admin.ambition.create(input))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await errorOf((await bed.callerAs(null)).admin.ambition.create(input))).code).toBe(
      'UNAUTHORIZED',
    );
    expect(await auditCount()).toBe(start);
  });

  it('creates and moves a commitment, and answers NOT_FOUND for another trust’s ambition', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const created = await api.admin.commitment.create({
      ambitionId,
      code: '1.9',
      title: 'Staff network partnership',
    });
    expect(created).toMatchObject({ ambitionId, code: '1.9' });
    const target = await freshAmbition(bed);
    const moved = await api.admin.commitment.update({
      id: created.id,
      ambitionId: target.id,
      title: 'Staff networks shape the plan',
    });
    expect(moved).toMatchObject({ ambitionId: target.id, title: 'Staff networks shape the plan' });
    const event = await lastEvent(created.id);
    expect(JSON.parse(event.before ?? '{}')).toMatchObject({ ambitionId });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({ ambitionId: target.id });

    const otherAmbitionId = await findAnyAmbitionId(bed.db, bed.other.organisationId);
    const start = await auditCount();
    const foreign = await errorOf(
      api.admin.commitment.create({
        ambitionId: otherAmbitionId,
        code: '9.9',
        title: 'Elsewhere',
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    expect(await auditCount()).toBe(start);
  });

  it('shows a commitment’s description in the strategy tree, keeps it when left out and clears it when blank', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const created = await api.admin.commitment.create({
      ambitionId,
      code: '1.8',
      title: 'Fair rotas',
      description: 'Rotas that fit caring duties',
    });
    const described = async () =>
      (await api.strategy.tree()).ambitions
        .flatMap((a) => a.commitments)
        .find((c) => c.id === created.id)?.description;
    expect(await described()).toBe('Rotas that fit caring duties');
    await api.admin.commitment.update({ id: created.id, title: 'Fair rotas for all' });
    expect(await described()).toBe('Rotas that fit caring duties');
    await api.admin.commitment.update({ id: created.id, description: '  ' });
    expect(await described()).toBe('');
  });

  it('clears an ambition’s and an action’s optional text with a blank box', async () => {
    const api = await admin();
    const ambition = await api.admin.ambition.create({
      number: 8,
      title: 'Fair services',
      description: 'For everyone',
    });
    expect(
      (await api.admin.ambition.update({ id: ambition.id, description: '' })).description,
    ).toBe('');
    const action = await freshAction(bed);
    const described = await api.admin.action.update({
      id: action.id,
      expectedVersion: action.version,
      description: 'Why it matters',
      deliveryLead: 'Head of HR',
    });
    expect(described).toMatchObject({ description: 'Why it matters', deliveryLead: 'Head of HR' });
    const cleared = await api.admin.action.update({
      id: action.id,
      expectedVersion: described.version,
      description: ' ',
      deliveryLead: '',
    });
    expect(cleared).toMatchObject({ description: '', deliveryLead: '' });
  });

  it('reorders and archives commitments, keeping the archived row', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const order = (await readLiveCommitmentIds(bed.db, ambitionId)).reverse();
    await api.admin.commitment.reorder({ ambitionId, ids: order });
    expect(await readLiveCommitmentIds(bed.db, ambitionId)).toEqual(order);
    const last = order[order.length - 1] ?? '';
    await api.admin.commitment.archive({ id: last });
    expect((await readCommitment(bed.db, last)).archivedAt).not.toBeNull();
  });

  it('creates an action with its owner, delivery lead, dates, BAF reference and framework tags', async () => {
    const api = await admin();
    const { id: commitmentId } = await firstCommitment(bed);
    const start = await auditCount();
    const action = await api.admin.action.create({
      commitmentId,
      code: '1.1.9',
      title: 'Reverse mentoring for every executive',
      ownerId: await bed.userId(DEMO.owner),
      deliveryLead: 'Head of Organisational Development',
      startDate: '2025-04-01',
      dueDate: '2026-03-31',
      bafRiskRef: 'BAF-7',
      tags: [
        { framework: 'edi_plan', code: '1a' },
        { framework: 'eds', code: '3A' },
        { framework: 'wres', code: 'WRES-7' },
      ],
    });
    expect(action).toMatchObject({
      code: '1.1.9',
      version: 1,
      status: 'not_started',
      bafRiskRef: 'BAF-7',
      dueDate: new Date('2026-03-31T00:00:00.000Z'),
      originalDueDate: new Date('2026-03-31T00:00:00.000Z'),
    });
    expect(action.tags).toEqual([
      { framework: 'edi_plan', code: '1a' },
      { framework: 'eds', code: '3A' },
      { framework: 'wres', code: 'WRES-7' },
    ]);
    expect(await auditCount()).toBe(start + 1);
  });

  it('moves the due date while keeping the original, and bumps the version', async () => {
    const api = await admin();
    const action = await freshAction(bed);
    const updated = await api.admin.action.update({
      id: action.id,
      expectedVersion: action.version,
      dueDate: '2027-09-30',
      status: 'complete',
      completedAt: '2027-09-01',
    });
    expect(updated).toMatchObject({
      version: action.version + 1,
      dueDate: new Date('2027-09-30T00:00:00.000Z'),
      originalDueDate: new Date('2027-03-31T00:00:00.000Z'),
      status: 'complete',
      completedAt: new Date('2027-09-01T00:00:00.000Z'),
    });
    const event = await lastEvent(action.id);
    expect(JSON.parse(event.before ?? '{}')).toMatchObject({
      dueDate: '2027-03-31T00:00:00.000Z',
      version: action.version,
    });
  });

  it('answers a stale version with CONFLICT and the current version, changing nothing', async () => {
    const api = await admin();
    const action = await freshAction(bed);
    await api.admin.action.update({
      id: action.id,
      expectedVersion: action.version,
      title: 'First edit',
    });
    const start = await auditCount();
    const stale = await errorOf(
      api.admin.action.update({
        id: action.id,
        expectedVersion: action.version,
        title: 'Second edit',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(detailsOf(stale)).toEqual({ currentVersion: action.version + 1 });
    expect((await readAction(bed.db, action.id)).title).toBe('First edit');
    expect(await auditCount()).toBe(start);
  });

  it('refuses an owner who is not an executive owner, a bad tag code and a due date before the start', async () => {
    const api = await admin();
    const { id: commitmentId } = await firstCommitment(bed);
    const base = { commitmentId, code: '9.9.9', title: 'Refused action', dueDate: '2026-03-31' };
    const notOwner = await errorOf(
      api.admin.action.create({ ...base, ownerId: await bed.userId(DEMO.board) }),
    );
    expect(notOwner.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(notOwner))).toEqual(['ownerId']);
    const ownerId = await bed.userId(DEMO.owner);
    const badTag = await errorOf(
      api.admin.action.create({ ...base, ownerId, tags: [{ framework: 'edi_plan', code: '7z' }] }),
    );
    expect(badTag.code).toBe('BAD_REQUEST');
    expect(badTag.message).toMatch(/1a to 6f/);
    const backwards = await errorOf(
      api.admin.action.create({ ...base, ownerId, startDate: '2026-06-01' }),
    );
    expect(backwards.code).toBe('BAD_REQUEST');
    expect(backwards.message).toMatch(/due date/i);
    expect(await countActions(bed.db, { code: '9.9.9' })).toBe(0);
  });

  it('archives an action (kept, out of the live tree) and reorders a commitment’s actions', async () => {
    const api = await admin();
    const action = await freshAction(bed);
    const archived = await api.admin.action.archive({
      id: action.id,
      expectedVersion: action.version,
    });
    expect(archived.archivedAt).not.toBeNull();
    expect((await errorOf(api.admin.action.byId({ id: action.id }))).code).toBe('NOT_FOUND');

    const order = (await readLiveActionIds(bed.db, action.commitmentId)).reverse();
    await api.admin.action.reorder({ commitmentId: action.commitmentId, ids: order });
    expect(await readLiveActionIds(bed.db, action.commitmentId)).toEqual(order);
  });

  it('answers NOT_FOUND for another trust’s action', async () => {
    const error = await errorOf(
      (await admin()).admin.action.update({
        id: bed.other.actionId,
        expectedVersion: 1,
        title: 'Taken over',
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });

  it('creates, updates and archives a milestone', async () => {
    const api = await admin();
    const action = await freshAction(bed);
    const start = await auditCount();
    const milestone = await api.admin.milestone.create({
      actionId: action.id,
      title: 'Pilot in two teams',
      dueDate: '2026-09-30',
    });
    expect(milestone).toMatchObject({ actionId: action.id, atRisk: false, completedAt: null });
    const updated = await api.admin.milestone.update({
      id: milestone.id,
      dueDate: '2026-12-31',
      atRisk: true,
      evidenceUrl: 'https://intranet.example.nhs.uk/pilot',
    });
    expect(updated).toMatchObject({
      atRisk: true,
      dueDate: new Date('2026-12-31T00:00:00.000Z'),
      evidenceUrl: 'https://intranet.example.nhs.uk/pilot',
    });
    await api.admin.milestone.archive({ id: milestone.id });
    expect((await readMilestone(bed.db, milestone.id)).archivedAt).not.toBeNull();
    expect(await auditCount()).toBe(start + 3);
    expect((await api.admin.action.byId({ id: action.id })).milestones).toEqual([]);
  });

  it('refuses a milestone on another trust’s action and a bad evidence link', async () => {
    const api = await admin();
    const foreign = await errorOf(
      api.admin.milestone.create({
        actionId: bed.other.actionId,
        title: 'Elsewhere',
        dueDate: '2026-09-30',
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    const milestone = await freshMilestone(bed);
    const badLink = await errorOf(
      api.admin.milestone.update({ id: milestone.id, evidenceUrl: 'javascript:alert(1)' }),
    );
    expect(badLink.code).toBe('BAD_REQUEST');
    expect(badLink.message).toMatch(/evidence link/);
  });
});
