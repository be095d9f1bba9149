import { describe, expect, it } from 'vitest';
import { ZAdminActionCreateInput, ZAdminActionUpdateInput } from './action.ts';
import { ZAdminEdsSaveInput } from './eds.ts';
import { ZAdminKpiCreateInput, ZAdminKpiFromLibraryInput } from './kpi.ts';
import { ZAdminPeriodCreateInput } from './period.ts';
import { ZAdminUserCreateInput } from './user.ts';

/** The first message of a refused input with its path, as the admin app shows it beside a field. */
function firstIssue(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const issue = result.error?.issues[0];
  return issue ? { path: issue.path.join('.'), message: issue.message } : null;
}

const kpi = {
  ambitionId: 'a1',
  code: 'WRES-7',
  title: 'Equal opportunities',
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 45, date: '2024-03-31' },
  target: { value: 58, date: '2028-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'annual',
};

describe('admin KPI inputs', () => {
  it('fills the SPC defaults and an empty trajectory', () => {
    expect(ZAdminKpiCreateInput.parse(kpi)).toMatchObject({
      spc: {
        minimumPoints: 13,
        shiftLength: 6,
        trendLength: 6,
        screenOutliers: false,
        conflict: 'improvement',
      },
      trajectory: [],
      tags: [],
    });
  });

  it.each([
    [
      'no placement',
      { ambitionId: undefined },
      'commitmentId',
      'Choose either an ambition or a commitment for the KPI',
    ],
    [
      'both placements',
      { commitmentId: 'c1' },
      'commitmentId',
      'Choose either an ambition or a commitment for the KPI',
    ],
    [
      'a code with spaces',
      { code: 'WRES 7' },
      'code',
      'The KPI code may use only letters, numbers, dots, hyphens and underscores, like WRES-2',
    ],
    [
      'a shift of 5',
      { spc: { shiftLength: 5 } },
      'spc.shiftLength',
      'The shift length must be 6, 7 or 8',
    ],
    [
      'a negative tolerance',
      { tolerance: { kind: 'absolute', value: -1 } },
      'tolerance.value',
      'The tolerance must be 0 or more',
    ],
    [
      'a trajectory point after the target',
      { trajectory: [{ date: '2029-03-31', value: 60 }] },
      'trajectory.0.date',
      'Trajectory point 1 must fall after the baseline date and before the target date',
    ],
  ])('refuses %s at the field', (_name, change, path, message) => {
    expect(firstIssue(ZAdminKpiCreateInput.safeParse({ ...kpi, ...change }))).toEqual({
      path,
      message,
    });
  });

  it('takes a library KPI with only its baseline, defaulting the tolerance', () => {
    expect(
      ZAdminKpiFromLibraryInput.parse({
        libraryCode: 'WRES-2',
        ambitionId: 'a1',
        baseline: { value: 1.4, date: '2024-03-31' },
      }).tolerance,
    ).toEqual({
      kind: 'relative',
      value: 10,
    });
  });
});

describe('admin action inputs', () => {
  const action = {
    commitmentId: 'c1',
    code: '1.1.1',
    title: 'Reverse mentoring',
    ownerId: 'u1',
    dueDate: '2026-03-31',
  };

  it('defaults the status, tags and linked KPIs of a new action', () => {
    expect(ZAdminActionCreateInput.parse(action)).toMatchObject({
      status: 'not_started',
      tags: [],
      kpiIds: [],
    });
  });

  it.each([
    [
      'a start after the due date',
      { startDate: '2026-04-01' },
      'dueDate',
      'The due date cannot be before the start date',
    ],
    [
      'a completion date on an open action',
      { completedAt: '2026-01-01' },
      'completedAt',
      'Only a complete action has a completion date',
    ],
    [
      'the same tag twice',
      {
        tags: [
          { framework: 'eds', code: '1A' },
          { framework: 'eds', code: '1A' },
        ],
      },
      'tags',
      'Each tag can be given only once',
    ],
    [
      'an EDS outcome that does not exist',
      { tags: [{ framework: 'eds', code: '4A' }] },
      'tags.0.code',
      'Tags must be EDI plan codes 1a to 6f, EDS outcomes 1A to 3C, WRES-1 to WRES-9 or WDES-1 to WDES-10',
    ],
  ])('refuses %s', (_name, change, path, message) => {
    expect(firstIssue(ZAdminActionCreateInput.safeParse({ ...action, ...change }))).toEqual({
      path,
      message,
    });
  });

  it('clears a BAF reference given as blank, and needs the edited version', () => {
    expect(
      ZAdminActionUpdateInput.parse({ id: 'x', expectedVersion: 3, bafRiskRef: ' ' }).bafRiskRef,
    ).toBeNull();
    expect(firstIssue(ZAdminActionUpdateInput.safeParse({ id: 'x' }))).toEqual({
      path: 'expectedVersion',
      message: 'The version you edited is required',
    });
  });
});

describe('admin period, user and EDS inputs', () => {
  it('refuses an update window that closes before it opens', () => {
    expect(
      firstIssue(
        ZAdminPeriodCreateInput.safeParse({
          dateInQuarter: '2026-05-01',
          windowOpens: '2026-06-20',
          windowCloses: '2026-06-01',
        }),
      ),
    ).toEqual({
      path: 'windowCloses',
      message: 'The update window cannot close before it opens',
    });
  });

  it('refuses a person with the same role twice or an unknown role', () => {
    const person = { email: 'a@nhs.net', name: 'A Person' };
    expect(
      firstIssue(
        ZAdminUserCreateInput.safeParse({ ...person, roles: ['board_member', 'board_member'] }),
      )?.message,
    ).toBe('Choose each role at most once');
    expect(
      firstIssue(ZAdminUserCreateInput.safeParse({ ...person, roles: ['superuser'] }))?.path,
    ).toBe('roles.0');
  });

  it('needs each of the eleven outcomes once', () => {
    const scores = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'].map(
      (outcome) => ({ outcome, score: 2 }),
    );
    expect(
      ZAdminEdsSaveInput.safeParse({ year: '2025/26', assessedOn: '2026-02-01', scores }).success,
    ).toBe(true);
    const twice = [...scores.slice(0, 10), { outcome: '1A', score: 1 }];
    expect(
      firstIssue(
        ZAdminEdsSaveInput.safeParse({ year: '2025/26', assessedOn: '2026-02-01', scores: twice }),
      )?.message,
    ).toBe('Score each outcome once');
  });
});
