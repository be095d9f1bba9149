import { describe, expect, it } from 'vitest';
import {
  ZAdminKpiArchiveInput,
  ZAdminKpiCreateInput,
  ZAdminKpiFromLibraryInput,
  ZAdminKpiPreviewInput,
  ZAdminKpiRulesInput,
  ZAdminKpiUpdateInput,
} from './kpi.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const rules = {
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 45, date: '2024-03-31' },
  target: { value: 58, date: '2028-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'annual',
};
const kpi = { ambitionId: 'a1', code: 'WRES-7', title: 'Equal opportunities', ...rules };
const placementMessage = 'Choose either an ambition or a commitment for the KPI';
const points = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ value: 50, date: new Date(Date.UTC(2024, 4, 1 + i)) }));

describe('ZAdminKpiRulesInput', () => {
  it('fills the SPC defaults and an empty trajectory', () => {
    expect(accepted(ZAdminKpiRulesInput, rules)).toEqual({
      ...rules,
      baseline: { value: 45, date: day('2024-03-31') },
      target: { value: 58, date: day('2028-03-31') },
      trajectory: [],
      spc: {
        minimumPoints: 13,
        shiftLength: 6,
        trendLength: 6,
        screenOutliers: false,
        conflict: 'improvement',
      },
    });
  });

  it.each([
    ['a target the day after the baseline', { target: { value: 58, date: '2024-04-01' } }],
    [
      'a band whose low equals its high',
      { direction: 'band', target: null, band: { low: 3, high: 3 } },
    ],
    ['a tolerance of 0', { tolerance: { kind: 'absolute', value: 0 } }],
    ['a tolerance of 1,000,000', { tolerance: { kind: 'absolute', value: 1_000_000 } }],
    [
      'a trajectory point the day after the baseline',
      { trajectory: [{ value: 50, date: '2024-04-01' }] },
    ],
    [
      'a trajectory point the day before the target',
      { trajectory: [{ value: 50, date: '2028-03-30' }] },
    ],
    ['120 trajectory points', { trajectory: points(120) }],
    ['a reporting lag of 0 days', { reportingLagDays: 0 }],
    ['a reporting lag of 730 days', { reportingLagDays: 730 }],
    ['no reporting lag', { reportingLagDays: null }],
    [
      'SPC settings at their lower edges',
      { spc: { minimumPoints: 2, shiftLength: 6, trendLength: 6 } },
    ],
    [
      'SPC settings at their upper edges',
      {
        spc: {
          minimumPoints: 100,
          shiftLength: 8,
          trendLength: 8,
          screenOutliers: true,
          conflict: 'concern',
        },
      },
    ],
  ])('accepts %s', (_name, change) => {
    expect(issuesOf(ZAdminKpiRulesInput, { ...rules, ...change })).toEqual([]);
  });

  it.each([
    [
      'a unit it does not know',
      { unit: 'kg' },
      'unit',
      'The unit must be percent, ratio, number, score or currency',
    ],
    [
      'a direction it does not know',
      { direction: 'up' },
      'direction',
      'The direction must be increase, decrease or band',
    ],
    [
      'a weekly frequency',
      { frequency: 'weekly' },
      'frequency',
      'The frequency must be monthly, quarterly or annual',
    ],
    ['no baseline', { baseline: undefined }, 'baseline', 'Enter the baseline value and date'],
    [
      'a baseline value that is text',
      { baseline: { value: '45', date: '2024-03-31' } },
      'baseline.value',
      'The baseline value must be a number',
    ],
    [
      'a baseline date not on the calendar',
      { baseline: { value: 45, date: '2024-02-30' } },
      'baseline.date',
      'The baseline date must be a real date',
    ],
    [
      'an increase KPI with no target',
      { target: null },
      'target',
      'A KPI that should increase needs a target value and date',
    ],
    [
      'a target that is not a value and date',
      { target: 58 },
      'target',
      'Enter the target value and date',
    ],
    [
      'a target on the baseline date',
      { target: { value: 58, date: '2024-03-31' } },
      'target.date',
      'The target date must be after the baseline date',
    ],
    [
      'a band KPI with no band',
      { direction: 'band', target: null },
      'band',
      'A band KPI needs a band low and high',
    ],
    [
      'a band whose low is above its high',
      { direction: 'band', band: { low: 4, high: 3 } },
      'band.low',
      'The band low (4) is above the band high (3)',
    ],
    [
      'a band low of minus infinity',
      { direction: 'band', band: { low: Number.NEGATIVE_INFINITY, high: 3 } },
      'band.low',
      'The band’s low end must be a number',
    ],
    [
      'a band that is not low and high',
      { direction: 'band', band: 'wide' },
      'band',
      'Enter the band’s low and high ends',
    ],
    [
      'a tolerance over 1,000,000',
      { tolerance: { kind: 'absolute', value: 1_000_001 } },
      'tolerance.value',
      'The tolerance is too large',
    ],
    [
      'a tolerance kind it does not know',
      { tolerance: { kind: 'percent', value: 1 } },
      'tolerance.kind',
      'The tolerance must be absolute or relative',
    ],
    ['no tolerance', { tolerance: undefined }, 'tolerance', 'Enter the tolerance'],
    [
      '121 trajectory points',
      { trajectory: points(121) },
      'trajectory',
      'Give 120 trajectory points or fewer',
    ],
    [
      'a trajectory that is not a list',
      { trajectory: {} },
      'trajectory',
      'Trajectory points must be a list',
    ],
    [
      'a trajectory point that is empty',
      { trajectory: [null] },
      'trajectory.0',
      'Enter the trajectory point value and date',
    ],
    [
      'a trajectory point on the baseline date',
      { trajectory: [{ value: 50, date: '2024-03-31' }] },
      'trajectory.0.date',
      'Trajectory point 1 must fall after the baseline date and before the target date',
    ],
    [
      'a trajectory point on the target date',
      { trajectory: [{ value: 50, date: '2028-03-31' }] },
      'trajectory.0.date',
      'Trajectory point 1 must fall after the baseline date and before the target date',
    ],
    [
      'two trajectory points on one date',
      {
        trajectory: [
          { value: 50, date: '2025-03-31' },
          { value: 52, date: '2025-03-31' },
        ],
      },
      'trajectory.1.date',
      'Trajectory point 2 repeats the date of another point',
    ],
    [
      'a reporting lag of 731 days',
      { reportingLagDays: 731 },
      'reportingLagDays',
      'The reporting lag must be 730 days or fewer',
    ],
    [
      'a reporting lag of 1.5 days',
      { reportingLagDays: 1.5 },
      'reportingLagDays',
      'The reporting lag must be a whole number of days',
    ],
    [
      'a reporting lag as text',
      { reportingLagDays: '3' },
      'reportingLagDays',
      'The reporting lag must be a number of days',
    ],
    [
      'SPC limits from 1 point',
      { spc: { minimumPoints: 1 } },
      'spc.minimumPoints',
      'The minimum points for SPC limits must be 2 or more',
    ],
    [
      'SPC limits from 101 points',
      { spc: { minimumPoints: 101 } },
      'spc.minimumPoints',
      'The minimum points for SPC limits must be 100 or fewer',
    ],
    [
      'SPC limits from 12.5 points',
      { spc: { minimumPoints: 12.5 } },
      'spc.minimumPoints',
      'The minimum points for SPC limits must be a whole number',
    ],
    [
      'SPC limits from the text 13',
      { spc: { minimumPoints: '13' } },
      'spc.minimumPoints',
      'The minimum points for SPC limits must be a number',
    ],
    [
      'a shift of 5 points',
      { spc: { shiftLength: 5 } },
      'spc.shiftLength',
      'The shift length must be 6, 7 or 8',
    ],
    [
      'a shift of 9 points',
      { spc: { shiftLength: 9 } },
      'spc.shiftLength',
      'The shift length must be 6, 7 or 8',
    ],
    [
      'a trend of 6.5 points',
      { spc: { trendLength: 6.5 } },
      'spc.trendLength',
      'The trend length must be a whole number',
    ],
    [
      'a trend of "6" points',
      { spc: { trendLength: '6' } },
      'spc.trendLength',
      'The trend length must be a number',
    ],
    [
      'outlier screening as text',
      { spc: { screenOutliers: 'yes' } },
      'spc.screenOutliers',
      'Screening moving-range outliers must be true or false',
    ],
    [
      'a conflict rule it does not know',
      { spc: { conflict: 'neither' } },
      'spc.conflict',
      'A point flagged both ways must show as improvement or concern',
    ],
  ])('refuses %s', (_name, change, path, message) => {
    expect(issuesOf(ZAdminKpiRulesInput, { ...rules, ...change })).toEqual([{ path, message }]);
  });

  // The field's own limit and the rules' check both refuse these, with the same field named.
  it.each([
    [
      'a tolerance of -0.1',
      { tolerance: { kind: 'absolute', value: -0.1 } },
      'tolerance.value',
      'The tolerance must be 0 or more',
    ],
    [
      'a reporting lag of -1 days',
      { reportingLagDays: -1 },
      'reportingLagDays',
      'The reporting lag must be 0 days or more',
    ],
  ])('refuses %s at the field', (_name, change, path, message) => {
    expect(issuesOf(ZAdminKpiRulesInput, { ...rules, ...change })).toContainEqual({
      path,
      message,
    });
  });
});

describe('ZAdminKpiCreateInput', () => {
  it('accepts a KPI under a commitment, dropping empty text', () => {
    expect(
      accepted(ZAdminKpiCreateInput, {
        ...kpi,
        ambitionId: null,
        commitmentId: 'c1',
        definition: '',
        dataSource: ' ',
        ownerId: null,
      }),
    ).toMatchObject({ ambitionId: null, commitmentId: 'c1', ownerId: null, tags: [] });
  });

  it.each([
    ['a 40-character code', chars(40, 'K'), chars(40, 'K')],
    ['a code with dots, hyphens and underscores', 'WRES_7.a-1', 'WRES_7.a-1'],
    ['a code with spaces around it', ' WRES-7 ', 'WRES-7'],
  ])('accepts %s', (_name, code, expected) => {
    expect(accepted(ZAdminKpiCreateInput, { ...kpi, code }).code).toBe(expected);
  });

  it('accepts every text at its limit', () => {
    expect(
      issuesOf(ZAdminKpiCreateInput, {
        ...kpi,
        title: chars(300),
        definition: chars(5000),
        dataSource: chars(500),
      }),
    ).toEqual([]);
  });

  const codeMessage =
    'The KPI code may use only letters, numbers, dots, hyphens and underscores, like WRES-2';
  it.each([
    ['code', chars(41, 'K'), 'The KPI code must be 40 characters or fewer'],
    ['code', '-A', codeMessage],
    ['code', '.A', codeMessage],
    ['code', 'WRES 7', codeMessage],
    ['code', 7, 'The KPI code must be text'],
    ['title', chars(301), 'The KPI title must be 300 characters or fewer'],
    ['title', '', 'Enter the KPI title'],
    ['definition', chars(5001), 'The definition must be 5000 characters or fewer'],
    ['dataSource', chars(501), 'The data source must be 500 characters or fewer'],
    ['ownerId', 'u 1', 'Id is not valid'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminKpiCreateInput, { ...kpi, [path]: value })).toEqual([{ path, message }]);
  });

  it('asks for a KPI code, not just a valid one, when it is empty', () => {
    expect(issuesOf(ZAdminKpiCreateInput, { ...kpi, code: ' ' })).toContainEqual({
      path: 'code',
      message: 'Enter the KPI code',
    });
  });

  it.each([
    ['neither an ambition nor a commitment', { ambitionId: null }],
    ['both an ambition and a commitment', { commitmentId: 'c1' }],
  ])('refuses a KPI under %s', (_name, change) => {
    expect(issuesOf(ZAdminKpiCreateInput, { ...kpi, ...change })).toEqual([
      { path: 'commitmentId', message: placementMessage },
    ]);
  });

  it('refuses what the rules refuse, at the rule field', () => {
    expect(issuesOf(ZAdminKpiCreateInput, { ...kpi, direction: 'band' })).toEqual([
      { path: 'band', message: 'A band KPI needs a band low and high' },
    ]);
  });
});

describe('ZAdminKpiUpdateInput, ZAdminKpiArchiveInput and ZAdminKpiPreviewInput', () => {
  const { ambitionId: _placement, ...fields } = kpi;
  const update = { ...fields, id: 'k1', expectedVersion: 2 };

  it('keeps the KPI where it is when no placement is given', () => {
    const parsed = accepted(ZAdminKpiUpdateInput, update);
    expect(parsed.ambitionId).toBeUndefined();
    expect(parsed.commitmentId).toBeUndefined();
  });

  it('moves the KPI under one commitment', () => {
    expect(accepted(ZAdminKpiUpdateInput, { ...update, commitmentId: 'c2' }).commitmentId).toBe(
      'c2',
    );
  });

  it.each([
    [
      'a move under both an ambition and a commitment',
      { ambitionId: 'a1', commitmentId: 'c1' },
      'commitmentId',
      placementMessage,
    ],
    [
      'a band whose low is above its high',
      { direction: 'band', band: { low: 2, high: 1 } },
      'band.low',
      'The band low (2) is above the band high (1)',
    ],
    [
      'version 0',
      { expectedVersion: 0 },
      'expectedVersion',
      'The version you edited must be 1 or more',
    ],
  ])('refuses %s', (_name, change, path, message) => {
    expect(issuesOf(ZAdminKpiUpdateInput, { ...update, ...change })).toEqual([{ path, message }]);
  });

  it('archives the version the editor loaded', () => {
    expect(accepted(ZAdminKpiArchiveInput, { id: 'k1', expectedVersion: 1 })).toEqual({
      id: 'k1',
      expectedVersion: 1,
    });
    expect(issuesOf(ZAdminKpiArchiveInput, { id: 'k1' })).toEqual([
      { path: 'expectedVersion', message: 'The version you edited is required' },
    ]);
  });

  it('previews a definition by the same rules, with its paths under definition', () => {
    expect(
      accepted(ZAdminKpiPreviewInput, { definition: rules }).definition.spc.minimumPoints,
    ).toBe(13);
    expect(
      issuesOf(ZAdminKpiPreviewInput, { definition: { ...rules, target: null }, kpiId: 'k 1' }),
    ).toEqual([
      {
        path: 'definition.target',
        message: 'A KPI that should increase needs a target value and date',
      },
      { path: 'kpiId', message: 'Id is not valid' },
    ]);
  });
});

describe('ZAdminKpiFromLibraryInput', () => {
  const fromLibrary = {
    libraryCode: 'WRES-2',
    ambitionId: 'a1',
    baseline: { value: 1.4, date: '2024-03-31' },
  };

  it('needs only the indicator, the placement and a baseline, defaulting the tolerance to 10% relative', () => {
    expect(accepted(ZAdminKpiFromLibraryInput, fromLibrary)).toEqual({
      libraryCode: 'WRES-2',
      ambitionId: 'a1',
      baseline: { value: 1.4, date: day('2024-03-31') },
      tolerance: { kind: 'relative', value: 10 },
      trajectory: [],
      spc: {
        minimumPoints: 13,
        shiftLength: 6,
        trendLength: 6,
        screenOutliers: false,
        conflict: 'improvement',
      },
    });
  });

  it('keeps the trust’s own code, title, target and settings', () => {
    expect(
      accepted(ZAdminKpiFromLibraryInput, {
        ...fromLibrary,
        code: 'WRES-2-LOCAL',
        title: 'Shortlisting',
        target: { value: 1, date: '2027-03-31' },
        tolerance: { kind: 'absolute', value: 0.1 },
        frequency: 'annual',
        reportingLagDays: 30,
        ownerId: 'u1',
        spc: { shiftLength: 7 },
      }),
    ).toMatchObject({
      code: 'WRES-2-LOCAL',
      target: { value: 1, date: day('2027-03-31') },
      tolerance: { kind: 'absolute', value: 0.1 },
      spc: { shiftLength: 7, trendLength: 6 },
    });
  });

  it.each([
    [
      'a blank indicator',
      { libraryCode: ' ' },
      'libraryCode',
      'Choose an indicator from the library',
    ],
    [
      'no indicator',
      { libraryCode: undefined },
      'libraryCode',
      'Choose an indicator from the library',
    ],
    ['no placement', { ambitionId: undefined }, 'commitmentId', placementMessage],
    ['no baseline', { baseline: undefined }, 'baseline', 'Enter the baseline value and date'],
    [
      'a code with a space',
      { code: 'WRES 2' },
      'code',
      'The KPI code may use only letters, numbers, dots, hyphens and underscores, like WRES-2',
    ],
    ['an empty title', { title: '' }, 'title', 'Enter the KPI title'],
    [
      'a weekly frequency',
      { frequency: 'weekly' },
      'frequency',
      'The frequency must be monthly, quarterly or annual',
    ],
  ])('refuses %s', (_name, change, path, message) => {
    expect(issuesOf(ZAdminKpiFromLibraryInput, { ...fromLibrary, ...change })).toEqual([
      { path, message },
    ]);
  });
});
