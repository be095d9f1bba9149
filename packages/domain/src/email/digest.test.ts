import { describe, expect, it } from 'vitest';
import type { TChaseListData } from '../period-chase-list.ts';
import { digestContent, digestDue, isoWeekOf, isoWeekStart, newRedAndAmber } from './digest.ts';
import { DEFAULT_EMAIL_SETTINGS, type TEmailPerson } from './types.ts';
import { day, emailPerson, Q3 } from '../../test/email-fixture.ts';

const period = Q3;
const person = (id: string, extra: Partial<TEmailPerson>) =>
  emailPerson(id, id, { roles: ['edi_admin'], ...extra });
const people = [
  person('lead', {}),
  person('deputy', { emailDigest: false }),
  person('chair', { roles: ['board_member'] }),
];

describe('the ISO week of a day', () => {
  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-11-30', '2026-W49'],
    ['2026-12-06', '2026-W49'],
    ['2026-12-07', '2026-W50'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (iso, week) => {
    expect(isoWeekOf(day(iso))).toBe(week);
  });

  it('starts on the Monday', () => {
    expect(isoWeekStart(day('2026-12-03'))).toEqual(day('2026-11-30'));
    expect(isoWeekStart(day('2026-11-30'))).toEqual(day('2026-11-30'));
    expect(isoWeekStart(day('2027-01-03'))).toEqual(day('2026-12-28'));
  });

  it('takes the London day: 23:30 UTC on Sunday in summer is Monday', () => {
    expect(isoWeekOf(new Date('2026-06-07T23:30:00Z'))).toBe('2026-W24');
  });
});

describe('the weekly digest', () => {
  const due = (today: string, change: object = {}) =>
    digestDue({
      organisationId: 'org',
      period,
      settings: DEFAULT_EMAIL_SETTINGS,
      today: day(today),
      people,
      ...change,
    });

  it('goes once a week to EDI team members with the digest on', () => {
    expect(due('2026-12-17')).toEqual({
      week: '2026-W51',
      weekStarts: day('2026-12-14'),
      recipients: [
        {
          recipient: { id: 'lead', name: 'lead', email: 'lead@example.nhs.uk' },
          dedupeKey: 'digest:org:2026-W51:lead',
        },
      ],
    });
    expect(due('2026-12-20')?.recipients[0]?.dedupeKey).toBe('digest:org:2026-W51:lead');
    expect(due('2026-12-21')?.recipients[0]?.dedupeKey).toBe('digest:org:2026-W52:lead');
  });

  it('carries on after the close until the period is locked', () => {
    expect(due('2027-02-03')?.week).toBe('2027-W05');
  });

  it.each([
    ['before the window opens', '2026-12-16', {}],
    [
      'when the period is locked',
      '2027-02-03',
      { period: { ...period, lockedAt: day('2027-02-01') } },
    ],
    ['when no period has opened', '2027-02-03', { period: null }],
    [
      'when email is paused',
      '2027-02-03',
      { settings: { ...DEFAULT_EMAIL_SETTINGS, emailPaused: true } },
    ],
    ['when nobody wants it', '2027-02-03', { people: [people[1], people[2]] }],
  ])('is not due %s', (_, today, change) => {
    expect(due(today, change)).toBeNull();
  });
});

describe('new red and amber items', () => {
  const exception = (kind: 'action' | 'kpi', id: string, rag: 'red' | 'amber') => ({
    kind,
    id,
    code: id.toUpperCase(),
    title: id,
    ambitionNumber: 1,
    commitmentCode: null,
    owner: 'Zara Khan',
    rag,
    reason: '',
    narrative: null,
    recoveryAction: null,
  });
  const colour = (id: string, previousRag: 'red' | 'amber' | 'green' | null) => ({
    id,
    previousRag,
  });

  it.each([
    ['red now, green before', 'red', 'green', true],
    ['amber now, not there before', 'amber', null, true],
    ['red now, amber before (worse)', 'red', 'amber', true],
    ['amber now, amber before', 'amber', 'amber', false],
    ['amber now, red before (better)', 'amber', 'red', false],
    ['red now, red before', 'red', 'red', false],
  ] as const)('%s: listed %s', (_, rag, before, listed) => {
    const report = {
      exceptions: [exception('action', 'a1', rag), exception('kpi', 'a1', 'red')],
      actions: [{ ...colour('a1', before), code: 'A1', rag, movement: null }],
      kpis: [],
    };
    const items = newRedAndAmber(report);
    expect(items.some((i) => i.kind === 'action')).toBe(listed);
    // A KPI with the same id is a different item: new because no KPI of that id was there before.
    expect(items.filter((i) => i.kind === 'kpi')).toHaveLength(1);
  });
});

describe('new red and amber KPIs', () => {
  it('compares a KPI with its own colour last period', () => {
    const kpi = (id: string, rag: 'red' | 'amber') => ({
      kind: 'kpi' as const,
      id,
      code: id,
      title: id,
      ambitionNumber: 1,
      commitmentCode: null,
      owner: null,
      rag,
      reason: '',
      narrative: null,
      recoveryAction: null,
    });
    const report = {
      exceptions: [kpi('k1', 'amber'), kpi('k2', 'red')],
      actions: [],
      kpis: [
        { id: 'k1', previousRag: 'amber' },
        { id: 'k2', previousRag: 'green' },
      ],
    };
    expect(newRedAndAmber(report).map((i) => [i.id, i.previousRag])).toEqual([['k2', 'green']]);
  });
});

describe('what the digest says', () => {
  const owner = (id: string) => ({ id, name: `Owner ${id}`, email: `${id}@example.nhs.uk` });
  const action = (id: string, ownerId: string, createdAt = day('2026-01-01')) => ({
    id,
    code: id,
    title: id,
    dueDate: day('2027-03-31'),
    createdAt,
    owner: owner(ownerId),
  });
  const chase: TChaseListData = {
    actions: [
      action('a1', 'b'),
      action('a2', 'b'),
      action('a3', 'a'),
      action('a4', 'c', day('2027-02-01')),
    ],
    updates: [
      { actionId: 'a1', periodId: 'q3', createdAt: day('2026-12-20') },
      { actionId: 'a3', periodId: 'q3', createdAt: day('2026-12-20') },
    ],
  };

  it('names who has updated and who has not, by the chase list’s rule', () => {
    const content = digestContent(period, chase, day('2027-01-04'), null);
    expect(content.updated.map((o) => o.name)).toEqual(['Owner a']);
    expect(content.notUpdated.map((o) => [o.name, o.actions.map((a) => a.code)])).toEqual([
      ['Owner b', ['a2']],
    ]);
    expect(content.newRedAndAmber).toEqual([]);
  });

  it('lists those who have updated by name', () => {
    const updates = [
      ...chase.updates,
      { actionId: 'a2', periodId: 'q3', createdAt: day('2026-12-21') },
    ];
    const content = digestContent(period, { ...chase, updates }, day('2027-01-04'), null);
    expect(content.updated.map((o) => o.name)).toEqual(['Owner a', 'Owner b']);
    expect(content.notUpdated).toEqual([]);
  });
});
