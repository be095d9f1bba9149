import { describe, expect, it } from 'vitest';
import type { TChaseListData } from '../period-chase-list.ts';
import {
  currentEmailPeriod,
  isKpiValueDue,
  ownerEmailsDue,
  type TOwnerEmailInput,
} from './owner-emails.ts';
import { DEFAULT_EMAIL_SETTINGS, type TEmailPerson } from './types.ts';
import { day, emailPerson, Q3 } from '../../test/email-fixture.ts';

const period = Q3;
const person = emailPerson;
const zara = person('zara', 'Zara Khan');
const amir = person('amir', 'Amir Patel');
const ola = person('ola', 'Ola Adeyemi');
const action = (id: string, owner: TEmailPerson) => ({
  id,
  code: id.toUpperCase(),
  title: `Action ${id}`,
  dueDate: day('2027-03-31'),
  createdAt: day('2026-01-01'),
  owner: { id: owner.id, name: owner.name, email: owner.email },
});
// Zara has two actions, one updated for the period; Amir has updated his; Ola owns only a KPI.
const chase: TChaseListData = {
  actions: [action('a1', zara), action('a2', zara), action('a3', amir)],
  updates: [
    { actionId: 'a2', periodId: 'q3', createdAt: day('2026-12-18') },
    { actionId: 'a3', periodId: 'q3', createdAt: day('2026-12-18') },
  ],
};
const kpi = (id: string, ownerId: string, latestPeriodEnd: Date | null) => ({
  id,
  code: id.toUpperCase(),
  title: `KPI ${id}`,
  ownerId,
  frequency: 'quarterly' as const,
  reportingLagDays: 30,
  baselineDate: day('2023-03-31'),
  latestPeriodEnd,
});
// Ola's quarterly KPI (30 days' lag) last has a value for June 2026: September's is due by December.
// Amir's has September's already, so nothing of his is due.
const ownedKpis = [kpi('k1', 'ola', day('2026-06-30')), kpi('k2', 'amir', day('2026-09-30'))];

function due(today: string, change: Partial<TOwnerEmailInput> = {}) {
  return ownerEmailsDue({
    period,
    settings: DEFAULT_EMAIL_SETTINGS,
    today: day(today),
    people: [zara, amir, ola],
    chase,
    ownedKpis,
    ...change,
  }).map((e) => e.dedupeKey);
}

describe('the owners’ reminder emails', () => {
  it.each([
    ['nothing the day before the window opens', '2026-12-16', []],
    [
      'window_opened on its first day to owners with actions missing or KPIs to report, not to one who has updated',
      '2026-12-17',
      ['window_opened:q3:zara', 'window_opened:q3:ola'],
    ],
    [
      'window_closing from five days before the close, only to owners still on the chase list',
      '2027-01-16',
      ['window_opened:q3:zara', 'window_closing:q3:zara', 'window_opened:q3:ola'],
    ],
    [
      'window_closing still on the last open day',
      '2027-01-21',
      ['window_opened:q3:zara', 'window_closing:q3:zara', 'window_opened:q3:ola'],
    ],
    ['overdue step 0 the day after the close', '2027-01-22', ['overdue:q3:zara:0']],
    ['the same step 0 two days later', '2027-01-24', ['overdue:q3:zara:0']],
    ['overdue step 1 after three days more', '2027-01-25', ['overdue:q3:zara:1']],
    ['overdue step 2 after six days more', '2027-01-28', ['overdue:q3:zara:2']],
  ])('%s', (_, today, keys) => {
    expect(due(today)).toEqual(keys);
  });

  it('counts the reminder days from the trust’s own setting', () => {
    const settings = { ...DEFAULT_EMAIL_SETTINGS, reminderDaysBeforeClose: 1 };
    expect(due('2027-01-19', { settings })).not.toContain('window_closing:q3:zara');
    expect(due('2027-01-20', { settings })).toContain('window_closing:q3:zara');
  });

  it('sends no closing reminder on the first day of a window shorter than the reminder period', () => {
    const short = { ...period, windowOpens: day('2027-01-19') };
    expect(due('2027-01-19', { period: short })).toEqual([
      'window_opened:q3:zara',
      'window_opened:q3:ola',
    ]);
    expect(due('2027-01-20', { period: short })).toContain('window_closing:q3:zara');
  });

  it('repeats overdue reminders every overdueRepeatDays days', () => {
    const settings = { ...DEFAULT_EMAIL_SETTINGS, overdueRepeatDays: 7 };
    expect(due('2027-01-28', { settings })).toEqual(['overdue:q3:zara:0']);
    expect(due('2027-01-29', { settings })).toEqual(['overdue:q3:zara:1']);
  });

  it('stops chasing once the owner has updated', () => {
    const updates = [
      ...chase.updates,
      { actionId: 'a1', periodId: 'q3', createdAt: day('2027-01-23') },
    ];
    expect(due('2027-01-25', { chase: { ...chase, updates } })).toEqual([]);
  });

  it.each([
    ['the trust has paused email', { settings: { ...DEFAULT_EMAIL_SETTINGS, emailPaused: true } }],
    ['the period is locked', { period: { ...period, lockedAt: day('2027-01-30') } }],
    ['no period has opened', { period: null }],
  ])('sends nothing when %s', (_, change) => {
    expect(due('2027-01-25', change)).toEqual([]);
    expect(due('2026-12-20', change)).toEqual([]);
  });

  it('sends nothing to an owner who turned reminders off, or who is no longer a member', () => {
    const people = [{ ...zara, emailReminders: false }, amir];
    expect(due('2027-01-16', { people })).toEqual([]);
  });

  it('lists what is missing and how many days are left', () => {
    const [opened, closing] = ownerEmailsDue({
      period,
      settings: DEFAULT_EMAIL_SETTINGS,
      today: day('2027-01-19'),
      people: [zara],
      chase,
      ownedKpis,
    });
    expect(opened).toMatchObject({ kind: 'window_opened', kpis: [] });
    expect(closing).toMatchObject({ kind: 'window_closing', daysLeft: 2 });
    expect(closing && 'actions' in closing ? closing.actions.map((a) => a.code) : []).toEqual([
      'A1',
    ]);
  });

  it('refuses a repeat of zero days, naming the field', () => {
    const settings = { ...DEFAULT_EMAIL_SETTINGS, overdueRepeatDays: 0 };
    expect(() => due('2027-01-25', { settings })).toThrow(
      expect.objectContaining({ field: 'overdueRepeatDays' }),
    );
  });
});

describe('whether a KPI value is due', () => {
  const quarterly = kpi('k', 'ola', null);
  it.each([
    ['no value yet: due once a period after the baseline is due', null, '2023-08-01', true],
    ['no value yet, nothing due since the baseline', null, '2023-04-29', false],
    ['September’s value due 30 days after the quarter ends', '2026-06-30', '2026-10-30', true],
    ['not the day before', '2026-06-30', '2026-10-29', false],
    ['not once September’s value is in', '2026-09-30', '2026-12-20', false],
  ])('%s', (_, latest, today, due) => {
    const latestPeriodEnd = latest ? day(latest) : null;
    expect(isKpiValueDue({ ...quarterly, latestPeriodEnd }, day(today))).toBe(due);
  });
});

describe('the period the emails are about', () => {
  const q2 = {
    ...period,
    id: 'q2',
    windowOpens: day('2026-09-16'),
    windowCloses: day('2026-10-21'),
    endDate: day('2026-09-30'),
  };
  const q3 = { ...period, endDate: day('2026-12-31') };

  it.each([
    ['the earlier one until the later window opens', '2026-12-16', 'q2'],
    ['the later one from its first day', '2026-12-17', 'q3'],
    ['the later one at 23:30 London time on its first day', '2026-12-17T23:30:00Z', 'q3'],
  ])('is %s', (_, today, id) => {
    const when = today.includes('T') ? new Date(today) : day(today);
    expect(currentEmailPeriod([q2, q3], when)?.id).toBe(id);
  });
});
