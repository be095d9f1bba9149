import { createTrust } from '@belonging/db';
import {
  countActionKpiLinks,
  countActions,
  countAuditEventsMatching,
  countStrategies,
  findAuditEventFor,
  readAction,
  readActionKpiLinks,
  readLiveMilestoneIds,
  setKpiArchivedAt,
  testProviders,
} from '@belonging/db/testing';
import type { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import {
  freshAction,
  freshKpi,
  freshMilestone,
  firstCommitment,
} from '../../../test/support/admin-fixtures.ts';

/** The fields a refusal names, whether the schema or the service refused. */
function refusedFields(error: TRPCError): string[] {
  const issues = (error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues ?? [];
  return [
    ...new Set([...Object.keys(fieldErrorsOf(error)), ...issues.map((i) => String(i.path[0]))]),
  ];
}

const SETTINGS = {
  title: 'Belonging and Inclusion Strategy',
  startYear: '2024/25',
  endYear: '2028/29',
  rollupRule: 'worst',
  redShare: 0.25,
} as const;

describe.each(testProviders())(
  'admin milestone order, action–KPI links and strategy settings on %s',
  (provider) => {
    const { bed, admin } = useApiTestBed(provider);

    // Every trust's events, not only the demo trust's: a refused write must leave none anywhere.
    const auditCount = () => countAuditEventsMatching(bed.db);
    const liveMilestoneIds = (actionId: string) => readLiveMilestoneIds(bed.db, actionId);

    it('reorders an action’s milestones with one audit event holding the old and new order', async () => {
      const api = await admin();
      const { actionId } = await freshMilestone(bed);
      await api.admin.milestone.create({ actionId, title: 'Second step', dueDate: '2027-01-31' });
      await api.admin.milestone.create({ actionId, title: 'Third step', dueDate: '2027-02-28' });
      const before = await liveMilestoneIds(actionId);
      const order = [...before].reverse();
      const start = await auditCount();
      expect(await api.admin.milestone.reorder({ actionId, ids: order })).toEqual({ ids: order });
      expect(await liveMilestoneIds(actionId)).toEqual(order);
      expect((await api.admin.action.byId({ id: actionId })).milestones.map((m) => m.id)).toEqual(
        order,
      );
      expect(await auditCount()).toBe(start + 1);
      const event = await findAuditEventFor(bed.db, {
        entityId: actionId,
        operation: 'reorder_milestones',
      });
      expect(JSON.parse(event.before ?? '[]')).toEqual(before);
      expect(JSON.parse(event.after ?? '[]')).toEqual(order);
    });

    it('refuses a milestone order that leaves one out or names another action’s, and another trust’s action, changing nothing', async () => {
      const api = await admin();
      const { actionId, id } = await freshMilestone(bed);
      const second = await api.admin.milestone.create({
        actionId,
        title: 'Second step',
        dueDate: '2027-01-31',
      });
      const stranger = await freshMilestone(bed);
      const before = await liveMilestoneIds(actionId);
      const start = await auditCount();
      const missing = await errorOf(api.admin.milestone.reorder({ actionId, ids: [second.id] }));
      expect(missing.code).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(missing))).toEqual(['ids']);
      const mixed = await errorOf(
        api.admin.milestone.reorder({ actionId, ids: [second.id, stranger.id] }),
      );
      expect(mixed.code).toBe('BAD_REQUEST');
      const twice = await errorOf(api.admin.milestone.reorder({ actionId, ids: [id, id] }));
      expect(twice.code).toBe('BAD_REQUEST');
      const foreign = await errorOf(
        api.admin.milestone.reorder({ actionId: bed.other.actionId, ids: [bed.other.milestoneId] }),
      );
      expect(foreign.code).toBe('NOT_FOUND');
      expect(await liveMilestoneIds(actionId)).toEqual(before);
      expect(await auditCount()).toBe(start);
    });

    it('refuses milestone reordering to everyone but the EDI team', async () => {
      const { actionId, id } = await freshMilestone(bed);
      for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
        expect(
          (
            await errorOf(
              (await bed.callerAs(email)).admin.milestone.reorder({ actionId, ids: [id] }),
            )
          ).code,
        ).toBe('FORBIDDEN');
      }
      expect(
        (await errorOf((await bed.callerAs(null)).admin.milestone.reorder({ actionId, ids: [id] })))
          .code,
      ).toBe('UNAUTHORIZED');
    });

    it('links an action to KPIs on create, replaces the set on update, and records before and after', async () => {
      const api = await admin();
      const [a, b, c] = [await freshKpi(bed), await freshKpi(bed), await freshKpi(bed)];
      const created = await api.admin.action.create({
        commitmentId: (await firstCommitment(bed)).id,
        code: 'K.1',
        title: 'Fair shortlisting panels',
        ownerId: await bed.userId(DEMO.owner),
        dueDate: '2027-03-31',
        kpiIds: [a.id, b.id],
      });
      expect(created.kpiIds).toEqual([a.id, b.id].sort());
      const updated = await api.admin.action.update({
        id: created.id,
        expectedVersion: created.version,
        kpiIds: [c.id, b.id],
      });
      expect(updated.kpiIds).toEqual([b.id, c.id].sort());
      expect((await api.admin.action.byId({ id: created.id })).kpiIds).toEqual([b.id, c.id].sort());
      const links = await readActionKpiLinks(bed.db, created.id);
      expect(links.map((l) => l.kpiId).sort()).toEqual([b.id, c.id].sort());
      expect(links.every((l) => l.organisationId === bed.organisationId)).toBe(true);
      const event = await findAuditEventFor(bed.db, { entityId: created.id, operation: 'update' });
      expect(JSON.parse(event.before ?? '{}')).toMatchObject({ kpiIds: [a.id, b.id].sort() });
      expect(JSON.parse(event.after ?? '{}')).toMatchObject({ kpiIds: [b.id, c.id].sort() });

      // Leaving kpiIds out keeps the links; an empty list removes them all.
      const renamed = await api.admin.action.update({
        id: created.id,
        expectedVersion: updated.version,
        title: 'Fair panels',
      });
      expect(renamed.kpiIds).toEqual([b.id, c.id].sort());
      const cleared = await api.admin.action.update({
        id: created.id,
        expectedVersion: renamed.version,
        kpiIds: [],
      });
      expect(cleared.kpiIds).toEqual([]);
      expect(await countActionKpiLinks(bed.db, created.id)).toBe(0);
    });

    it('refuses another trust’s KPI, an archived KPI and a KPI given twice, naming kpiIds and writing nothing', async () => {
      const api = await admin();
      const action = await freshAction(bed);
      const mine = await freshKpi(bed);
      const archived = await freshKpi(bed);
      await setKpiArchivedAt(bed.db, archived.id, new Date());
      const start = await auditCount();
      for (const kpiIds of [
        [mine.id, bed.other.kpiId],
        [archived.id],
        [mine.id, mine.id],
        ['no-such-kpi'],
      ]) {
        const error = await errorOf(
          api.admin.action.update({ id: action.id, expectedVersion: action.version, kpiIds }),
        );
        expect(error.code).toBe('BAD_REQUEST');
        expect(refusedFields(error)).toEqual(['kpiIds']);
      }
      const refusedCreate = await errorOf(
        api.admin.action.create({
          commitmentId: (await firstCommitment(bed)).id,
          code: 'K.9',
          title: 'Refused',
          ownerId: await bed.userId(DEMO.owner),
          dueDate: '2027-03-31',
          kpiIds: [bed.other.kpiId],
        }),
      );
      expect(Object.keys(fieldErrorsOf(refusedCreate))).toEqual(['kpiIds']);
      expect(await countActions(bed.db, { code: 'K.9' })).toBe(0);
      expect(await countActionKpiLinks(bed.db, action.id)).toBe(0);
      expect((await readAction(bed.db, action.id)).version).toBe(action.version);
      expect(await auditCount()).toBe(start);
    });

    it('reads and changes the current strategy’s settings with one audit event', async () => {
      const api = await admin();
      const current = await api.admin.strategy.get();
      expect(current).toMatchObject({ rollupRule: 'threshold' });
      const start = await auditCount();
      const saved = await api.admin.strategy.save(SETTINGS);
      expect(saved).toMatchObject({ ...SETTINGS, id: current?.id });
      expect(await api.admin.strategy.get()).toEqual(saved);
      expect(await countStrategies(bed.db, bed.organisationId)).toBe(1);
      expect(await auditCount()).toBe(start + 1);
      const event = await findAuditEventFor(bed.db, { entityId: saved.id, operation: 'update' });
      expect(JSON.parse(event.before ?? '{}')).toMatchObject({
        title: current?.title,
        rollupRule: 'threshold',
      });
      expect(JSON.parse(event.after ?? '{}')).toMatchObject(SETTINGS);
      expect((await api.strategy.tree()).strategy).toMatchObject({
        startYear: '2024/25',
        endYear: '2028/29',
      });
    });

    it('creates the strategy of a new trust that has none, which then takes ambitions', async () => {
      const trust = await createTrust(bed.db, {
        name: 'New NHS Trust',
        slug: `new-${provider}`,
        adminEmail: `edi@new-${provider}.test`,
        adminName: 'New Lead',
      });
      // The first EDI team member changes the printed temporary password before anything else.
      const first = await bed.callerAs(trust.admin.email);
      expect((await errorOf(first.admin.strategy.get())).code).toBe('FORBIDDEN');
      await first.auth.changePassword({
        currentPassword: trust.temporaryPassword,
        newPassword: 'a-long-new-passphrase-2026',
      });
      const api = await bed.callerAs(trust.admin.email);
      expect(await api.admin.strategy.get()).toBeNull();
      expect(
        (await errorOf(api.admin.ambition.create({ number: 1, title: 'Inclusive culture' }))).code,
      ).toBe('NOT_FOUND');
      const created = await api.admin.strategy.save(SETTINGS);
      expect(created).toMatchObject(SETTINGS);
      const event = await findAuditEventFor(bed.db, { entityId: created.id });
      expect(event).toMatchObject({
        organisationId: trust.organisationId,
        entity: 'strategy',
        operation: 'create',
        before: null,
      });
      expect(
        await api.admin.ambition.create({ number: 1, title: 'Inclusive culture' }),
      ).toMatchObject({ number: 1 });
      // The demo trust's strategy is untouched by the new trust's save.
      expect(await countStrategies(bed.db, bed.organisationId)).toBe(1);
    });

    it.each([
      ['startYear', { startYear: '2023/25' }],
      ['startYear', { startYear: '2023-24' }],
      ['endYear', { endYear: '2022/23' }],
      ['rollupRule', { rollupRule: 'average' }],
      ['redShare', { redShare: 0 }],
      ['redShare', { redShare: 1.5 }],
      ['title', { title: '  ' }],
    ])(
      'refuses strategy settings with a bad %s, naming it and writing nothing',
      async (field, change) => {
        const api = await admin();
        const before = await api.admin.strategy.get();
        const start = await auditCount();
        const error = await errorOf(
          api.admin.strategy.save({ ...SETTINGS, ...change } as typeof SETTINGS),
        );
        expect(error.code).toBe('BAD_REQUEST');
        expect(refusedFields(error)).toEqual([field]);
        expect(await api.admin.strategy.get()).toEqual(before);
        expect(await auditCount()).toBe(start);
      },
    );

    it('refuses strategy settings to everyone but the EDI team', async () => {
      const start = await auditCount();
      for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
        const api = await bed.callerAs(email);
        expect((await errorOf(api.admin.strategy.get())).code).toBe('FORBIDDEN');
        expect((await errorOf(api.admin.strategy.save(SETTINGS))).code).toBe('FORBIDDEN');
      }
      expect((await errorOf((await bed.callerAs(null)).admin.strategy.save(SETTINGS))).code).toBe(
        'UNAUTHORIZED',
      );
      expect(await auditCount()).toBe(start);
    });
  },
);
