import { describe, expect, it } from 'vitest';
import { ZAdminMilestoneReorderInput, ZAdminActionUpdateInput } from './action.ts';
import { ZAdminStrategySaveInput, ZTrustCreateInput } from './strategy-settings.ts';
import { issuesOf } from '../../../test/zod-issues.ts';

const settings = {
  title: 'Belonging and Inclusion Strategy',
  startYear: '2023/24',
  endYear: '2027/28',
  rollupRule: 'threshold',
  redShare: 1 / 3,
};

describe('ZAdminStrategySaveInput', () => {
  it('accepts a strategy of one year (start equals end) and a red share of exactly 1', () => {
    expect(
      ZAdminStrategySaveInput.safeParse({ ...settings, endYear: '2023/24', redShare: 1 }).success,
    ).toBe(true);
    expect(
      ZAdminStrategySaveInput.safeParse({ ...settings, startYear: '1999/00', endYear: '2003/04' })
        .success,
    ).toBe(true);
  });

  it.each([
    ['startYear', '2023/25', 'The start year must be two consecutive years, like 2023/24'],
    ['startYear', '2023', 'The start year must be a financial year like 2023/24'],
    ['endYear', '2022/23', 'The end year cannot be before the start year'],
    ['rollupRule', 'average', 'The roll-up rule must be threshold or worst'],
    ['redShare', 0, 'The red share must be more than 0'],
    ['redShare', 1.01, 'The red share must be 1 or less'],
    ['title', ' ', 'Enter the strategy title'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminStrategySaveInput, { ...settings, [path]: value })).toContainEqual({
      path,
      message,
    });
  });
});

describe('ZTrustCreateInput', () => {
  const trust = {
    name: 'East Herts NHS Trust',
    slug: 'east-herts',
    adminEmail: ' EDI.Lead@nhs.net ',
    adminName: 'Sam Patel',
  };
  it('lower-cases and trims the admin email', () => {
    expect(ZTrustCreateInput.parse(trust).adminEmail).toBe('edi.lead@nhs.net');
  });
  it.each(['East Herts', '-east', 'east--herts', 'e'])('refuses the slug %j', (slug) => {
    expect(ZTrustCreateInput.safeParse({ ...trust, slug }).success).toBe(false);
  });
});

describe('milestone order and linked KPIs', () => {
  it('refuses a milestone order naming one twice, and a KPI linked twice', () => {
    expect(
      issuesOf(ZAdminMilestoneReorderInput, { actionId: 'a1', ids: ['m1', 'm1'] }),
    ).toContainEqual({
      path: 'ids',
      message: 'Each of the milestones can appear only once',
    });
    expect(
      issuesOf(ZAdminActionUpdateInput, { id: 'a1', expectedVersion: 1, kpiIds: ['k1', 'k1'] }),
    ).toContainEqual({
      path: 'kpiIds',
      message: 'Link each KPI only once',
    });
  });
});
