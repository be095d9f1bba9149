import { describe, expect, it } from 'vitest';
import {
  ZAdminActionArchiveInput,
  ZAdminActionCreateInput,
  ZAdminActionReorderInput,
  ZAdminActionUpdateInput,
  ZAdminMilestoneCreateInput,
  ZAdminMilestoneUpdateInput,
} from './action.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const action = {
  commitmentId: 'c1',
  code: '1.1.1',
  title: 'Reverse mentoring',
  ownerId: 'u1',
  dueDate: '2026-03-31',
};
const kpiIds = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

describe('ZAdminActionCreateInput', () => {
  it('accepts a start on the due date itself', () => {
    expect(accepted(ZAdminActionCreateInput, { ...action, startDate: '2026-03-31' })).toMatchObject(
      {
        startDate: day('2026-03-31'),
        dueDate: day('2026-03-31'),
      },
    );
  });

  it('accepts a completion date on a complete action', () => {
    expect(
      accepted(ZAdminActionCreateInput, {
        ...action,
        status: 'complete',
        completedAt: '2026-03-30',
      }),
    ).toMatchObject({ status: 'complete', completedAt: day('2026-03-30') });
  });

  it('accepts every text at its limit and 100 linked KPIs, dropping empty optional text', () => {
    const parsed = accepted(ZAdminActionCreateInput, {
      ...action,
      code: chars(20),
      title: chars(300),
      description: '',
      deliveryLead: chars(200),
      bafRiskRef: chars(40),
      kpiIds: kpiIds(100),
    });
    expect(parsed).toMatchObject({
      code: chars(20),
      title: chars(300),
      deliveryLead: chars(200),
      bafRiskRef: chars(40),
    });
    expect(parsed.description).toBeUndefined();
    expect(parsed.kpiIds).toHaveLength(100);
  });

  it.each([
    ['code', chars(21), 'The action code must be 20 characters or fewer'],
    ['code', '', 'Enter the action code'],
    ['title', chars(301), 'The action title must be 300 characters or fewer'],
    ['title', ' ', 'Enter the action title'],
    ['description', chars(5001), 'The description must be 5000 characters or fewer'],
    ['deliveryLead', chars(201), 'The delivery lead must be 200 characters or fewer'],
    ['bafRiskRef', chars(41), 'The BAF risk reference must be 40 characters or fewer'],
    ['kpiIds', kpiIds(101), 'Link 100 KPIs or fewer'],
    ['kpiIds', 'k1', 'Linked KPIs must be a list'],
    ['status', 'done', 'Status must be not started, in progress, complete or cancelled'],
    ['dueDate', '2026-02-29', 'The due date must be a real date'],
    ['dueDate', undefined, 'The due date must be a date'],
    ['startDate', '1999-04-01', 'The start date must be between 2000 and 2100'],
    ['ownerId', undefined, 'An id is required'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminActionCreateInput, { ...action, [path]: value })).toEqual([
      { path, message },
    ]);
  });

  it('refuses a start the day after the due date, at the due date', () => {
    expect(issuesOf(ZAdminActionCreateInput, { ...action, startDate: '2026-04-01' })).toEqual([
      { path: 'dueDate', message: 'The due date cannot be before the start date' },
    ]);
  });

  it.each(['not_started', 'in_progress', 'cancelled'])(
    'refuses a completion date on a %s action',
    (status) => {
      expect(
        issuesOf(ZAdminActionCreateInput, { ...action, status, completedAt: '2026-03-30' }),
      ).toEqual([{ path: 'completedAt', message: 'Only a complete action has a completion date' }]);
    },
  );
});

describe('ZAdminActionUpdateInput', () => {
  const update = { id: 'act_1', expectedVersion: 4 };

  it('changes only the fields given', () => {
    expect(accepted(ZAdminActionUpdateInput, update)).toEqual(update);
  });

  it('clears the start date, completion date, BAF reference, description and delivery lead with null or blank', () => {
    expect(
      accepted(ZAdminActionUpdateInput, {
        ...update,
        startDate: null,
        completedAt: null,
        bafRiskRef: '',
        description: ' ',
        deliveryLead: '',
      }),
    ).toEqual({
      ...update,
      startDate: null,
      completedAt: null,
      bafRiskRef: null,
      description: '',
      deliveryLead: '',
    });
  });

  it('checks the start against the due date only when both are given', () => {
    expect(issuesOf(ZAdminActionUpdateInput, { ...update, startDate: '2026-04-01' })).toEqual([]);
    expect(
      issuesOf(ZAdminActionUpdateInput, {
        ...update,
        startDate: '2026-04-01',
        dueDate: '2026-03-31',
      }),
    ).toEqual([{ path: 'dueDate', message: 'The due date cannot be before the start date' }]);
  });

  it('checks a completion date against the status only when the status is given', () => {
    expect(issuesOf(ZAdminActionUpdateInput, { ...update, completedAt: '2026-04-01' })).toEqual([]);
    expect(
      issuesOf(ZAdminActionUpdateInput, {
        ...update,
        completedAt: '2026-04-01',
        status: 'in_progress',
      }),
    ).toEqual([{ path: 'completedAt', message: 'Only a complete action has a completion date' }]);
  });

  it.each([
    ['expectedVersion', 0, 'The version you edited must be 1 or more'],
    ['expectedVersion', undefined, 'The version you edited is required'],
    ['code', ' ', 'Enter the action code'],
    ['bafRiskRef', chars(41), 'The BAF risk reference must be 40 characters or fewer'],
    ['commitmentId', 'c 1', 'Id is not valid'],
    [
      'tags',
      [{ framework: 'eds', code: '4A' }],
      'Tags must be EDI plan codes 1a to 6f, EDS outcomes 1A to 3C, WRES-1 to WRES-9 or WDES-1 to WDES-10',
    ],
  ])('refuses %s = %j', (path, value, message) => {
    const issues = issuesOf(ZAdminActionUpdateInput, { ...update, [path]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path.startsWith(path)).toBe(true);
    expect(issues[0]?.message).toBe(message);
  });
});

describe('ZAdminActionArchiveInput and ZAdminActionReorderInput', () => {
  it('archives the version the editor loaded', () => {
    expect(accepted(ZAdminActionArchiveInput, { id: 'a1', expectedVersion: 1 })).toEqual({
      id: 'a1',
      expectedVersion: 1,
    });
    expect(issuesOf(ZAdminActionArchiveInput, { id: 'a1', expectedVersion: 1.5 })).toEqual([
      { path: 'expectedVersion', message: 'The version you edited must be a whole number' },
    ]);
  });

  it('reorders the actions of one commitment, each once', () => {
    expect(
      accepted(ZAdminActionReorderInput, { commitmentId: 'c1', ids: ['a2', 'a1'] }).ids,
    ).toEqual(['a2', 'a1']);
    expect(issuesOf(ZAdminActionReorderInput, { commitmentId: 'c1', ids: ['a1', 'a1'] })).toEqual([
      { path: 'ids', message: 'Each of the actions can appear only once' },
    ]);
  });
});

describe('ZAdminMilestoneCreateInput and ZAdminMilestoneUpdateInput', () => {
  const milestone = { actionId: 'a1', title: 'Pilot cohort recruited', dueDate: '2026-03-31' };
  const protocolMessage = 'The evidence link must be a web address starting http:// or https://';

  it('defaults a new milestone to not at risk, with no evidence link', () => {
    expect(accepted(ZAdminMilestoneCreateInput, milestone)).toEqual({
      actionId: 'a1',
      title: 'Pilot cohort recruited',
      dueDate: day('2026-03-31'),
      atRisk: false,
    });
  });

  it.each([
    ['a blank link clears it', '  ', null],
    ['null clears it', null, null],
    ['an https link is kept', 'https://nhs.uk/evidence', 'https://nhs.uk/evidence'],
    [
      'a link of exactly 2000 characters is kept',
      `https://nhs.uk/${chars(1985)}`,
      `https://nhs.uk/${chars(1985)}`,
    ],
  ])('evidence link: %s', (_name, evidenceUrl, expected) => {
    expect(accepted(ZAdminMilestoneCreateInput, { ...milestone, evidenceUrl }).evidenceUrl).toBe(
      expected,
    );
    expect(accepted(ZAdminMilestoneUpdateInput, { id: 'm1', evidenceUrl }).evidenceUrl).toBe(
      expected,
    );
  });

  it.each([
    ['evidenceUrl', 'ftp://nhs.uk/evidence', protocolMessage],
    ['evidenceUrl', 'javascript:alert(1)', protocolMessage],
    [
      'evidenceUrl',
      `https://nhs.uk/${chars(1986)}`,
      'The evidence link must be 2000 characters or fewer',
    ],
    ['title', chars(301), 'The milestone title must be 300 characters or fewer'],
    ['title', '', 'Enter the milestone title'],
    ['dueDate', '2026-02-29', 'The due date must be a real date'],
    ['atRisk', 'no', 'At risk must be true or false'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminMilestoneCreateInput, { ...milestone, [path]: value })).toEqual([
      { path, message },
    ]);
    expect(issuesOf(ZAdminMilestoneUpdateInput, { id: 'm1', [path]: value })).toEqual([
      { path, message },
    ]);
  });

  it('updates only the fields given and clears a completion date with null', () => {
    expect(accepted(ZAdminMilestoneUpdateInput, { id: 'm1' })).toEqual({ id: 'm1' });
    expect(accepted(ZAdminMilestoneUpdateInput, { id: 'm1', completedAt: null })).toEqual({
      id: 'm1',
      completedAt: null,
    });
  });
});

describe('confirming a duplicate milestone', () => {
  it('is left out unless given, and must be true or false', () => {
    const base = { actionId: 'a1', title: 'Pilot', dueDate: '2026-03-31' };
    expect(accepted(ZAdminMilestoneCreateInput, base).confirmDuplicate).toBeUndefined();
    expect(
      accepted(ZAdminMilestoneCreateInput, { ...base, confirmDuplicate: true }).confirmDuplicate,
    ).toBe(true);
    expect(ZAdminMilestoneCreateInput.safeParse({ ...base, confirmDuplicate: 'yes' }).success).toBe(
      false,
    );
  });
});
