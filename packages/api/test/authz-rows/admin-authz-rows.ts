import {
  createTestMilestone,
  readLiveActionIds,
  readLiveAmbitionIds,
  readLiveCommitmentIds,
  readLiveMilestoneIds,
} from '@belonging/db/testing';
import type { AuthzRow } from '../support/authz.ts';
import {
  EDS_SCORES,
  firstCommitment,
  freshAction,
  freshAmbition,
  freshCommitment,
  freshKpi,
  freshMilestone,
  freshPeriod,
  freshUser,
  kpiForm,
  nextQuarterDate,
} from '../support/admin-fixtures.ts';
import {
  archivedAction,
  archivedAmbition,
  archivedCommitment,
  archivedKpi,
  archivedMilestone,
  deactivatedUser,
} from '../support/archived-fixtures.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];
const OWNER = 'chief.people@belonging.test';
const stamp = () => Math.random().toString(36).slice(2, 8);

const definition = {
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 40, date: '2024-03-31' },
  target: { value: 60, date: '2028-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'quarterly',
};

/** Every `admin.*` procedure: only the EDI team may call it, with an input that succeeds for them. */
export const ADMIN_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.strategy.get', allowed: EDI, input: () => undefined },
  {
    path: 'admin.strategy.save',
    allowed: EDI,
    input: () => ({
      title: 'Belonging and Inclusion Strategy',
      startYear: '2023/24',
      endYear: '2027/28',
      rollupRule: 'threshold',
      redShare: 1 / 3,
    }),
  },
  {
    path: 'admin.ambition.create',
    allowed: EDI,
    input: async (bed) => ({
      number: (await freshAmbition(bed)).number + 1,
      title: 'New ambition',
    }),
  },
  {
    path: 'admin.ambition.update',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshAmbition(bed)).id, title: 'Renamed ambition' }),
  },
  {
    path: 'admin.ambition.archive',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshAmbition(bed)).id }),
  },
  {
    path: 'admin.ambition.reorder',
    allowed: EDI,
    input: async (bed) => ({
      ids: (await readLiveAmbitionIds(bed.db, bed.organisationId)).reverse(),
    }),
  },
  {
    path: 'admin.commitment.create',
    allowed: EDI,
    input: async (bed) => ({
      ambitionId: (await firstCommitment(bed)).ambitionId,
      code: `C${stamp()}`,
      title: 'New commitment',
    }),
  },
  {
    path: 'admin.commitment.byId',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshCommitment(bed)).id }),
  },
  {
    path: 'admin.commitment.update',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshCommitment(bed)).id, title: 'Renamed commitment' }),
  },
  {
    path: 'admin.commitment.archive',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshCommitment(bed)).id }),
  },
  {
    path: 'admin.commitment.reorder',
    allowed: EDI,
    input: async (bed) => {
      const { ambitionId } = await firstCommitment(bed);
      return { ambitionId, ids: (await readLiveCommitmentIds(bed.db, ambitionId)).reverse() };
    },
  },
  {
    path: 'admin.action.byId',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshAction(bed)).id }),
  },
  {
    path: 'admin.action.create',
    allowed: EDI,
    input: async (bed) => ({
      commitmentId: (await firstCommitment(bed)).id,
      code: `A${stamp()}`,
      title: 'New action',
      ownerId: await bed.userId(OWNER),
      dueDate: '2027-03-31',
      tags: [{ framework: 'edi_plan', code: '2a' }],
    }),
  },
  {
    path: 'admin.action.update',
    allowed: EDI,
    input: async (bed) => {
      const action = await freshAction(bed);
      return { id: action.id, expectedVersion: action.version, dueDate: '2027-06-30' };
    },
  },
  {
    path: 'admin.action.archive',
    allowed: EDI,
    input: async (bed) => {
      const action = await freshAction(bed);
      return { id: action.id, expectedVersion: action.version };
    },
  },
  {
    path: 'admin.action.reorder',
    allowed: EDI,
    input: async (bed) => {
      const { id: commitmentId } = await firstCommitment(bed);
      return { commitmentId, ids: (await readLiveActionIds(bed.db, commitmentId)).reverse() };
    },
  },
  {
    path: 'admin.milestone.create',
    allowed: EDI,
    input: async (bed) => ({
      actionId: (await freshAction(bed)).id,
      title: 'New milestone',
      dueDate: '2026-12-31',
    }),
  },
  {
    path: 'admin.milestone.update',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshMilestone(bed)).id, atRisk: true }),
  },
  {
    path: 'admin.milestone.archive',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshMilestone(bed)).id }),
  },
  {
    path: 'admin.milestone.reorder',
    allowed: EDI,
    input: async (bed) => {
      const { actionId } = await freshMilestone(bed);
      // A second milestone, so the reversed order differs: a reorder that changes nothing records nothing.
      await createTestMilestone(bed.db, {
        organisationId: bed.organisationId,
        actionId,
        title: 'Second test milestone',
        dueDate: new Date('2027-01-31T00:00:00.000Z'),
      });
      return { actionId, ids: (await readLiveMilestoneIds(bed.db, actionId)).reverse() };
    },
  },
  {
    path: 'admin.kpi.byId',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshKpi(bed)).id }),
  },
  {
    path: 'admin.kpi.create',
    allowed: EDI,
    input: async (bed) => ({
      ambitionId: (await firstCommitment(bed)).ambitionId,
      code: `K-${stamp()}`,
      title: 'New KPI',
      ...definition,
    }),
  },
  { path: 'admin.kpi.update', allowed: EDI, input: async (bed) => kpiForm(await freshKpi(bed)) },
  {
    path: 'admin.kpi.archive',
    allowed: EDI,
    input: async (bed) => {
      const kpi = await freshKpi(bed);
      return { id: kpi.id, expectedVersion: kpi.version };
    },
  },
  {
    path: 'admin.kpi.preview',
    allowed: EDI,
    input: async (bed) => ({ definition, kpiId: (await freshKpi(bed)).id }),
  },
  {
    path: 'admin.kpi.createFromLibrary',
    allowed: EDI,
    input: async (bed) => ({
      libraryCode: 'WRES-2',
      code: `WRES-2-${stamp()}`,
      ambitionId: (await firstCommitment(bed)).ambitionId,
      baseline: { value: 1.4, date: '2024-03-31' },
    }),
  },
  { path: 'admin.library.list', allowed: EDI, input: () => undefined },
  { path: 'admin.period.list', allowed: EDI, input: () => undefined },
  {
    path: 'admin.period.create',
    allowed: EDI,
    input: async (bed) => ({ dateInQuarter: await nextQuarterDate(bed) }),
  },
  {
    path: 'admin.period.update',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshPeriod(bed)).id, boardDate: '2027-09-30' }),
  },
  {
    path: 'admin.period.lock',
    allowed: EDI,
    input: async (bed) => ({ periodId: (await freshPeriod(bed)).id }),
  },
  { path: 'admin.user.list', allowed: EDI, input: () => undefined },
  {
    path: 'admin.user.create',
    allowed: EDI,
    input: () => ({
      email: `new.${stamp()}@belonging.test`,
      name: 'New Person',
      roles: ['board_member'],
    }),
  },
  {
    path: 'admin.user.setRoles',
    allowed: EDI,
    input: async (bed) => ({ userId: (await freshUser(bed)).id, roles: ['network_rep'] }),
  },
  {
    path: 'admin.user.deactivate',
    allowed: EDI,
    input: async (bed) => ({ userId: (await freshUser(bed)).id }),
  },
  {
    path: 'admin.user.reactivate',
    allowed: EDI,
    input: async (bed) => ({ userId: (await deactivatedUser(bed)).id }),
  },
  {
    path: 'admin.user.resetPassword',
    allowed: EDI,
    input: async (bed) => ({ userId: (await freshUser(bed)).id }),
  },
  { path: 'admin.archived.list', allowed: EDI, input: () => undefined },
  {
    path: 'admin.ambition.restore',
    allowed: EDI,
    input: async (bed) => ({ id: (await archivedAmbition(bed)).id }),
  },
  {
    path: 'admin.commitment.restore',
    allowed: EDI,
    input: async (bed) => ({ id: (await archivedCommitment(bed)).id }),
  },
  {
    path: 'admin.action.restore',
    allowed: EDI,
    input: async (bed) => ({ id: (await archivedAction(bed)).id }),
  },
  {
    path: 'admin.milestone.restore',
    allowed: EDI,
    input: async (bed) => ({ id: (await archivedMilestone(bed)).id }),
  },
  {
    path: 'admin.kpi.restore',
    allowed: EDI,
    input: async (bed) => ({ id: (await archivedKpi(bed)).id }),
  },
  {
    path: 'admin.import.validate',
    allowed: EDI,
    input: async (bed) => ({
      rows: [
        { line: 2, kpiCode: (await freshKpi(bed)).code, periodEnd: '2025-03-31', value: '45' },
      ],
    }),
  },
  {
    path: 'admin.import.commit',
    allowed: EDI,
    input: async (bed) => ({
      rows: [
        { line: 2, kpiCode: (await freshKpi(bed)).code, periodEnd: '2025-03-31', value: '45' },
      ],
    }),
  },
  { path: 'admin.eds.get', allowed: EDI, input: () => ({ year: '2025/26' }) },
  {
    path: 'admin.eds.save',
    allowed: EDI,
    input: () => ({ year: '2025/26', assessedOn: '2026-02-20', scores: EDS_SCORES }),
  },
];
