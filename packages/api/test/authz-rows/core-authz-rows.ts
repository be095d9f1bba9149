import { DEMO_PASSWORD } from '@belonging/db';
import { readOpenMilestoneOwnedBy } from '@belonging/db/testing';
import type { AuthzRow } from '../support/authz.ts';
import {
  actionOwnedBy,
  commentBy,
  isoToday,
  kpiOwnedBy,
  milestoneOwnedBy,
} from '../support/fixtures.ts';
import { ROLE_CALLERS } from '../support/authz.ts';

const OWNER = ROLE_CALLERS.executive_owner;
const everyone: AuthzRow['allowed'] = [
  'edi_admin',
  'executive_owner',
  'board_member',
  'network_rep',
];

/** Who may call each procedure outside `admin.*`, with an input that succeeds for them. */
export const CORE_AUTHZ_ROWS: AuthzRow[] = [
  // A board member who is never a matrix caller signs in, so password changes elsewhere cannot interfere.
  {
    path: 'auth.signIn',
    allowed: 'public',
    input: () => ({ email: 'ned@belonging.test', password: DEMO_PASSWORD }),
  },
  { path: 'auth.signOut', allowed: 'public', input: () => undefined },
  { path: 'auth.me', allowed: 'public', input: () => undefined },
  { path: 'auth.signInOptions', allowed: 'public', input: () => undefined },
  {
    path: 'auth.changePassword',
    allowed: everyone,
    input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: 'a-new-password-for-tests' }),
  },
  { path: 'strategy.tree', allowed: everyone, input: () => ({}) },
  { path: 'action.mine', allowed: ['executive_owner', 'edi_admin'], input: () => undefined },
  {
    path: 'action.byId',
    allowed: everyone,
    input: async (bed) => ({ id: (await actionOwnedBy(bed, OWNER)).id }),
  },
  {
    path: 'action.submitUpdate',
    allowed: ['executive_owner'],
    input: async (bed) => {
      const action = await actionOwnedBy(bed, OWNER, { status: 'in_progress' });
      return {
        actionId: action.id,
        expectedVersion: action.version,
        narrative: 'Quarterly progress as planned.',
        progressPercent: 50,
        recoveryAction: 'Weekly check-ins until back on track.',
      };
    },
  },
  {
    path: 'milestone.complete',
    allowed: ['executive_owner'],
    input: async (bed) => ({
      milestoneId: (await milestoneOwnedBy(bed, OWNER)).id,
      completedAt: isoToday(),
    }),
  },
  {
    path: 'milestone.setAtRisk',
    allowed: ['executive_owner'],
    // The flag flips, so the call changes something: a save that changes nothing records nothing.
    input: async (bed) => {
      const milestone = await readOpenMilestoneOwnedBy(bed.db, {
        organisationId: bed.organisationId,
        email: OWNER,
      });
      return { milestoneId: milestone.id, atRisk: !milestone.atRisk };
    },
  },
  { path: 'kpi.list', allowed: everyone, input: () => undefined },
  {
    path: 'kpi.byId',
    allowed: everyone,
    input: async (bed) => ({ id: (await kpiOwnedBy(bed, OWNER)).id }),
  },
  {
    path: 'kpi.recordMeasurement',
    allowed: ['executive_owner'],
    input: async (bed) => ({
      kpiId: (await kpiOwnedBy(bed, OWNER)).id,
      periodEnd: '2024-03-31',
      value: 42,
    }),
  },
  { path: 'report.board', allowed: everyone, input: () => ({}) },
  { path: 'period.list', allowed: everyone, input: () => undefined },
  { path: 'boardPaper.download', allowed: everyone, input: () => ({ format: 'csv' }) },
  {
    path: 'comment.add',
    allowed: ['executive_owner', 'network_rep', 'edi_admin'],
    input: async (bed) => ({
      actionId: (await actionOwnedBy(bed, OWNER)).id,
      body: 'How can the network help?',
    }),
  },
  // Only a comment's author may change it: the input is the network rep's own comment, so the other
  // commenters (EDI team included) must be FORBIDDEN, as a board member is by role.
  {
    path: 'comment.edit',
    allowed: ['network_rep'],
    input: async (bed) => ({
      commentId: (await commentBy(bed, ROLE_CALLERS.network_rep)).id,
      body: 'The network would like to co-design this, please.',
    }),
  },
  {
    path: 'comment.delete',
    allowed: ['network_rep'],
    input: async (bed) => ({ commentId: (await commentBy(bed, ROLE_CALLERS.network_rep)).id }),
  },
  {
    path: 'comment.list',
    allowed: everyone,
    input: async (bed) => ({ actionId: (await actionOwnedBy(bed, OWNER)).id }),
  },
  { path: 'audit.list', allowed: ['edi_admin'], input: () => ({ limit: 5 }) },
  { path: 'audit.export', allowed: ['edi_admin'], input: () => ({ format: 'csv', search: 'x' }) },
];
