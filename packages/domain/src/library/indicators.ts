// The NHS indicator library: the national equality measures a trust tracks, with their published
// definitions, so a KPI created from it starts with the right unit, direction and data source.
// Question numbers of the NHS Staff Survey change from year to year, so sources name the survey
// and the breakdown rather than a question number.
import { NON_ADVERSE_BAND } from '../equality.ts';
import type { TFramework } from './framework-tags.ts';

export type TLibraryGroup = 'wres' | 'wdes' | 'pay_gap' | 'edi_plan' | 'eds';

export type TLibraryIndicator = {
  code: string;
  group: TLibraryGroup;
  title: string;
  definition: string;
  unit: 'percent' | 'ratio' | 'number' | 'score' | 'currency';
  direction: 'increase' | 'decrease' | 'band';
  /** The non-adverse band of a relative-likelihood indicator (the four-fifths rule). */
  band?: { low: number; high: number };
  frequency: 'monthly' | 'quarterly' | 'annual';
  dataSource: string;
  /** A signed percentage (a gap or a difference): values below 0 and above 100 are meaningful. */
  signed: boolean;
  /** Where the published metric leaves the measure to the trust to define. */
  needsLocalDefinition?: boolean;
  tags: { framework: TFramework; code: string }[];
};

/** Trusts treat a relative likelihood between 0.80 and 1.25 as not adverse. */
const RELATIVE_LIKELIHOOD_BAND = NON_ADVERSE_BAND;

const STAFF_SURVEY = 'NHS Staff Survey (annual), results broken down by ethnicity for WRES';
const STAFF_SURVEY_WDES = 'NHS Staff Survey (annual), results broken down by disability for WDES';
const ESR_SNAPSHOT = 'Electronic Staff Record (ESR), workforce snapshot at 31 March';
const NETS = 'National Education and Training Survey (NETS)';

type Entry = Omit<TLibraryIndicator, 'frequency' | 'signed'> &
  Partial<Pick<TLibraryIndicator, 'frequency' | 'signed'>>;

const entries: Entry[] = [
  // WRES: BME compared with White staff.
  {
    code: 'WRES-1',
    group: 'wres',
    title: 'BME staff in senior pay bands (8a and above, including VSM)',
    definition:
      'Percentage of staff in Agenda for Change bands 8a to 9 and very senior managers (including executive board members) who are BME, compared with the percentage of BME staff in the overall workforce. The full indicator reports every band for clinical and non-clinical staff; this is its senior headline figure.',
    unit: 'percent',
    direction: 'increase',
    dataSource: ESR_SNAPSHOT,
    tags: [{ framework: 'wres', code: 'WRES-1' }],
  },
  {
    code: 'WRES-2',
    group: 'wres',
    title:
      'Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants',
    definition:
      '(White applicants appointed ÷ White applicants shortlisted) ÷ (BME applicants appointed ÷ BME applicants shortlisted), for the year to 31 March. Above 1.00 means White applicants are more likely to be appointed; 0.80 to 1.25 is treated as not adverse.',
    unit: 'ratio',
    direction: 'band',
    band: RELATIVE_LIKELIHOOD_BAND,
    dataSource:
      'Recruitment system (NHS Jobs or TRAC) shortlisting and appointment records, year to 31 March',
    tags: [
      { framework: 'wres', code: 'WRES-2' },
      { framework: 'edi_plan', code: '2a' },
    ],
  },
  {
    code: 'WRES-3',
    group: 'wres',
    title:
      'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff',
    definition:
      '(BME staff entering a formal disciplinary investigation ÷ BME headcount) ÷ (White staff entering a formal disciplinary investigation ÷ White headcount), on a two-year rolling average. Above 1.00 means BME staff are more likely to enter the process; 0.80 to 1.25 is treated as not adverse.',
    unit: 'ratio',
    direction: 'band',
    band: RELATIVE_LIKELIHOOD_BAND,
    dataSource:
      'Employee relations case records and ESR headcount, two-year rolling average to 31 March',
    tags: [{ framework: 'wres', code: 'WRES-3' }],
  },
  {
    code: 'WRES-4',
    group: 'wres',
    title:
      'Relative likelihood of White staff accessing non-mandatory training and CPD compared with BME staff',
    definition:
      '(White staff accessing non-mandatory training or CPD ÷ White headcount) ÷ (BME staff accessing non-mandatory training or CPD ÷ BME headcount), for the year to 31 March. Above 1.00 means White staff are more likely to get access; 0.80 to 1.25 is treated as not adverse.',
    unit: 'ratio',
    direction: 'band',
    band: RELATIVE_LIKELIHOOD_BAND,
    dataSource: 'Learning management system and ESR training records, year to 31 March',
    tags: [{ framework: 'wres', code: 'WRES-4' }],
  },
  {
    code: 'WRES-5',
    group: 'wres',
    title:
      'BME staff experiencing harassment, bullying or abuse from patients, relatives or the public',
    definition:
      'Percentage of BME staff who experienced harassment, bullying or abuse from patients, relatives or the public in the last 12 months.',
    unit: 'percent',
    direction: 'decrease',
    dataSource: STAFF_SURVEY,
    tags: [{ framework: 'wres', code: 'WRES-5' }],
  },
  {
    code: 'WRES-6',
    group: 'wres',
    title: 'BME staff experiencing harassment, bullying or abuse from staff',
    definition:
      'Percentage of BME staff who experienced harassment, bullying or abuse from managers or other colleagues in the last 12 months.',
    unit: 'percent',
    direction: 'decrease',
    dataSource: STAFF_SURVEY,
    tags: [{ framework: 'wres', code: 'WRES-6' }],
  },
  {
    code: 'WRES-7',
    group: 'wres',
    title:
      'BME staff believing the trust provides equal opportunities for career progression or promotion',
    definition:
      'Percentage of BME staff who believe the organisation provides equal opportunities for career progression or promotion.',
    unit: 'percent',
    direction: 'increase',
    dataSource: STAFF_SURVEY,
    tags: [{ framework: 'wres', code: 'WRES-7' }],
  },
  {
    code: 'WRES-8',
    group: 'wres',
    title: 'BME staff personally experiencing discrimination at work from a manager or colleague',
    definition:
      'Percentage of BME staff who personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months.',
    unit: 'percent',
    direction: 'decrease',
    dataSource: STAFF_SURVEY,
    tags: [{ framework: 'wres', code: 'WRES-8' }],
  },
  {
    code: 'WRES-9',
    group: 'wres',
    title: 'Difference between BME board voting membership and the BME share of the workforce',
    definition:
      'BME percentage of the board’s voting membership minus the BME percentage of the overall workforce, in percentage points. 0 or above means the board is at least as diverse as the workforce.',
    unit: 'percent',
    direction: 'increase',
    signed: true,
    dataSource: 'Board register and ESR workforce snapshot at 31 March',
    tags: [{ framework: 'wres', code: 'WRES-9' }],
  },
  // WDES: Disabled compared with non-disabled staff.
  {
    code: 'WDES-1',
    group: 'wdes',
    title: 'Disabled staff in senior pay bands (8a and above, including VSM)',
    definition:
      'Percentage of staff in Agenda for Change bands 8a to 9 and very senior managers who are Disabled, compared with the percentage of Disabled staff in the overall workforce. The full metric reports every band and the medical and dental subgroups; this is its senior headline figure.',
    unit: 'percent',
    direction: 'increase',
    dataSource: ESR_SNAPSHOT,
    tags: [{ framework: 'wdes', code: 'WDES-1' }],
  },
  {
    code: 'WDES-2',
    group: 'wdes',
    title:
      'Relative likelihood of non-disabled applicants being appointed from shortlisting compared with Disabled applicants',
    definition:
      '(Non-disabled applicants appointed ÷ non-disabled applicants shortlisted) ÷ (Disabled applicants appointed ÷ Disabled applicants shortlisted), for the year to 31 March. Above 1.00 means non-disabled applicants are more likely to be appointed; 0.80 to 1.25 is treated as not adverse.',
    unit: 'ratio',
    direction: 'band',
    band: RELATIVE_LIKELIHOOD_BAND,
    dataSource:
      'Recruitment system (NHS Jobs or TRAC) shortlisting and appointment records, year to 31 March',
    tags: [
      { framework: 'wdes', code: 'WDES-2' },
      { framework: 'edi_plan', code: '2a' },
    ],
  },
  {
    code: 'WDES-3',
    group: 'wdes',
    title:
      'Relative likelihood of Disabled staff entering the formal capability process compared with non-disabled staff',
    definition:
      '(Disabled staff entering the formal capability process on the grounds of performance ÷ Disabled headcount) ÷ (non-disabled staff entering it ÷ non-disabled headcount), on a two-year rolling average. Above 1.00 means Disabled staff are more likely to enter the process; 0.80 to 1.25 is treated as not adverse.',
    unit: 'ratio',
    direction: 'band',
    band: RELATIVE_LIKELIHOOD_BAND,
    dataSource:
      'Employee relations capability case records and ESR headcount, two-year rolling average to 31 March',
    tags: [{ framework: 'wdes', code: 'WDES-3' }],
  },
  {
    code: 'WDES-4',
    group: 'wdes',
    title:
      'Disabled staff experiencing harassment, bullying or abuse from patients, relatives or the public',
    definition:
      'Percentage of Disabled staff who experienced harassment, bullying or abuse from patients or service users, their relatives or other members of the public in the last 12 months. The metric also reports harassment from managers and from colleagues, and whether it was reported.',
    unit: 'percent',
    direction: 'decrease',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-4' }],
  },
  {
    code: 'WDES-5',
    group: 'wdes',
    title:
      'Disabled staff believing the trust provides equal opportunities for career progression or promotion',
    definition:
      'Percentage of Disabled staff who believe the organisation provides equal opportunities for career progression or promotion.',
    unit: 'percent',
    direction: 'increase',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-5' }],
  },
  {
    code: 'WDES-6',
    group: 'wdes',
    title:
      'Disabled staff feeling pressure from their manager to come to work when not well enough',
    definition:
      'Percentage of Disabled staff who have felt pressure from their manager to come to work despite not feeling well enough to perform their duties (presenteeism).',
    unit: 'percent',
    direction: 'decrease',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-6' }],
  },
  {
    code: 'WDES-7',
    group: 'wdes',
    title: 'Disabled staff satisfied with the extent to which the organisation values their work',
    definition:
      'Percentage of Disabled staff who are satisfied with the extent to which their organisation values their work.',
    unit: 'percent',
    direction: 'increase',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-7' }],
  },
  {
    code: 'WDES-8',
    group: 'wdes',
    title: 'Disabled staff whose employer has made adequate reasonable adjustments',
    definition:
      'Percentage of Disabled staff who say their employer has made adequate adjustments to enable them to carry out their work.',
    unit: 'percent',
    direction: 'increase',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-8' }],
  },
  {
    code: 'WDES-9',
    group: 'wdes',
    title: 'Staff engagement score of Disabled staff',
    definition:
      'The NHS Staff Survey engagement score (0 to 10) of Disabled staff, compared with non-disabled staff and the trust overall. The metric also asks whether the trust has acted to facilitate the voices of Disabled staff.',
    unit: 'score',
    direction: 'increase',
    dataSource: STAFF_SURVEY_WDES,
    tags: [{ framework: 'wdes', code: 'WDES-9' }],
  },
  {
    code: 'WDES-10',
    group: 'wdes',
    title: 'Difference between Disabled board membership and the Disabled share of the workforce',
    definition:
      'Disabled percentage of the board’s voting membership minus the Disabled percentage of the overall workforce, in percentage points (also reported for executive membership). 0 or above means the board is at least as representative as the workforce.',
    unit: 'percent',
    direction: 'increase',
    signed: true,
    dataSource: 'Board register and ESR workforce snapshot at 31 March',
    tags: [{ framework: 'wdes', code: 'WDES-10' }],
  },
  // Pay gaps: (reference mean or median − comparison) ÷ reference × 100, signed.
  ...payGaps(),
  // The NHS England EDI Improvement Plan (June 2023) success metrics.
  ...ediPlanMetrics(),
  {
    code: 'EDS-TOTAL',
    group: 'eds',
    title: 'EDS 2022 total score',
    definition:
      'Sum of the eleven EDS 2022 outcome scores (1A to 3C, each 0 Undeveloped to 3 Excelling), out of 33: below 8 Undeveloped, 8 to 21 Developing, 22 to 32 Achieving, 33 Excelling.',
    unit: 'score',
    direction: 'increase',
    dataSource: 'The trust’s annual EDS 2022 assessment with staff, patients and stakeholders',
    tags: [],
  },
];

function payGaps(): Entry[] {
  const kinds = [
    {
      key: 'GENDER',
      name: 'Gender',
      reference: 'men',
      comparison: 'women',
      source: 'statutory gender pay gap reporting',
    },
    {
      key: 'ETHNICITY',
      name: 'Ethnicity',
      reference: 'White staff',
      comparison: 'BME staff',
      source: 'EDI Improvement Plan',
    },
    {
      key: 'DISABILITY',
      name: 'Disability',
      reference: 'non-disabled staff',
      comparison: 'Disabled staff',
      source: 'EDI Improvement Plan',
    },
  ] as const;
  return kinds.flatMap((k) =>
    (['mean', 'median'] as const).map((measure) => ({
      code: `PAYGAP-${k.key}-${measure.toUpperCase()}`,
      group: 'pay_gap' as const,
      title: `${k.name} pay gap (${measure} hourly pay)`,
      definition: `(${measure} hourly pay of ${k.reference} − ${measure} hourly pay of ${k.comparison}) ÷ ${measure} hourly pay of ${k.reference} × 100, at the 31 March snapshot. Positive means ${k.comparison} are paid less; the reference group is ${k.reference}.`,
      unit: 'percent' as const,
      direction: 'decrease' as const,
      signed: true,
      dataSource: `ESR ordinary pay at the 31 March snapshot (${k.source})`,
      tags: [{ framework: 'edi_plan' as const, code: '3a' }],
    })),
  );
}

function ediPlanMetrics(): Entry[] {
  const metric = (
    code: string,
    title: string,
    definition: string,
    unit: Entry['unit'],
    direction: Entry['direction'],
    dataSource: string,
    extra: Partial<Entry> = {},
  ): Entry => ({
    code: `EDI-${code}`,
    group: 'edi_plan',
    title,
    definition,
    unit,
    direction,
    dataSource,
    tags: [{ framework: 'edi_plan', code }],
    ...extra,
  });
  return [
    metric(
      '1a',
      'Annual chair and chief executive appraisals on EDI objectives via the Board Assurance Framework',
      'Percentage of board members (including the chair and chief executive) whose annual appraisal assessed them against SMART EDI objectives, with progress tracked through the Board Assurance Framework.',
      'percent',
      'increase',
      'Board appraisal records and the Board Assurance Framework',
    ),
    metric(
      '2a',
      'Relative likelihood of staff being appointed from shortlisting across all posts',
      'Relative likelihood of appointment from shortlisting across all posts (as WRES 2 and WDES 2). 0.80 to 1.25 is treated as not adverse.',
      'ratio',
      'band',
      'Recruitment system (NHS Jobs or TRAC) shortlisting and appointment records',
      { band: RELATIVE_LIKELIHOOD_BAND },
    ),
    metric(
      '2b',
      'Staff survey: access to career progression and training and development opportunities',
      'Percentage of staff who say they have access to career progression and training and development opportunities.',
      'percent',
      'increase',
      'NHS Staff Survey (annual)',
    ),
    metric(
      '2c',
      'Race and disability representation leading to parity',
      'Percentage of the workforce who are BME (and, separately, Disabled), compared with the local working-age population, moving to parity.',
      'percent',
      'increase',
      'ESR workforce snapshot and census population data',
    ),
    metric(
      '2d',
      'Representation in senior leadership (band 8c upwards) leading to parity',
      'Percentage of staff in band 8c and above (including VSM) from under-represented groups, compared with the overall workforce, moving to parity.',
      'percent',
      'increase',
      ESR_SNAPSHOT,
    ),
    metric(
      '2e',
      'Diversity in shortlisted candidates',
      'Percentage of shortlisted candidates from under-represented groups (BME, Disabled), compared with all applicants.',
      'percent',
      'increase',
      'Recruitment system (NHS Jobs or TRAC) shortlisting records',
    ),
    metric(
      '2f',
      'NETS combined indicator score on the quality of training',
      'National Education and Training Survey combined indicator score for the quality of training, compared across groups of learners.',
      'score',
      'increase',
      NETS,
    ),
    metric(
      '3a',
      'Improvement in gender, race and disability pay gaps',
      'The pay gaps by sex, ethnicity and disability (mean hourly pay), each as (reference − comparison) ÷ reference × 100, moving towards zero. Track each gap with the pay gap indicators.',
      'percent',
      'decrease',
      'ESR ordinary pay at the 31 March snapshot',
      { signed: true },
    ),
    metric(
      '4a',
      'Staff survey: organisation action on health and wellbeing concerns',
      'Percentage of staff who say the organisation takes positive action on health and wellbeing.',
      'percent',
      'increase',
      'NHS Staff Survey (annual)',
    ),
    metric(
      '4b',
      'NETS combined indicator score on the quality of training',
      'National Education and Training Survey combined indicator score for the quality of training.',
      'score',
      'increase',
      NETS,
    ),
    metric(
      '4c',
      'Workforce health inequalities metric (to be developed)',
      'NHS England left this metric to be developed in year two of the plan: record the trust’s own measure of workforce health inequalities here.',
      'number',
      'increase',
      'Defined locally by the trust',
      { needsLocalDefinition: true },
    ),
    metric(
      '5a',
      'Staff survey: belonging for internationally recruited staff',
      'Percentage of internationally recruited staff giving a positive answer to the NHS Staff Survey questions on belonging.',
      'percent',
      'increase',
      'NHS Staff Survey (annual), internationally recruited staff breakdown',
    ),
    metric(
      '5b',
      'Staff survey: bullying and harassment from team or line manager for internationally recruited staff',
      'Percentage of internationally recruited staff who experienced bullying, harassment or abuse from their line manager or team in the last 12 months.',
      'percent',
      'decrease',
      'NHS Staff Survey (annual), internationally recruited staff breakdown',
    ),
    metric(
      '5c',
      'NETS combined indicator score on the quality of training for internationally recruited staff',
      'National Education and Training Survey combined indicator score for the quality of training, for internationally recruited learners.',
      'score',
      'increase',
      NETS,
    ),
    metric(
      '6a',
      'Staff survey: bullying and harassment from line managers and teams (all staff)',
      'Percentage of all staff who experienced bullying, harassment or abuse from managers or colleagues in the last 12 months.',
      'percent',
      'decrease',
      'NHS Staff Survey (annual)',
    ),
    metric(
      '6b',
      'Staff survey: discrimination from line managers and teams (all staff)',
      'Percentage of all staff who personally experienced discrimination from a manager, team leader or other colleagues in the last 12 months.',
      'percent',
      'decrease',
      'NHS Staff Survey (annual)',
    ),
    metric(
      '6c',
      'NETS bullying and harassment score (NHS professional groups)',
      'National Education and Training Survey bullying and harassment score for learners in NHS professional groups; higher scores mean fewer reports.',
      'score',
      'increase',
      NETS,
    ),
  ];
}

/** Every indicator of the library, in the order the admin app lists them. */
export const INDICATOR_LIBRARY: readonly TLibraryIndicator[] = entries.map((e) => ({
  ...e,
  frequency: e.frequency ?? 'annual',
  signed: e.signed ?? false,
}));

export function findLibraryIndicator(code: string): TLibraryIndicator | undefined {
  return INDICATOR_LIBRARY.find((i) => i.code === code);
}

/** The framework tags that mark a measure as a gap or a difference (pay gaps, WRES 9, WDES 10). */
const SIGNED_TAGS = new Set(
  INDICATOR_LIBRARY.filter((i) => i.signed).flatMap((i) =>
    i.tags.map((t) => `${t.framework}:${t.code}`),
  ),
);

/**
 * Whether a percentage KPI may hold values outside 0–100: a gap or a difference is signed. That
 * shows in its code (a library gap), its tags (pay gaps, WRES 9, WDES 10) or a negative baseline,
 * target or band.
 */
export function isSignedPercent(kpi: {
  code: string;
  baselineValue: number;
  targetValue?: number | null;
  bandLow?: number | null;
  tags?: readonly { framework: string; code: string }[];
}): boolean {
  if (findLibraryIndicator(kpi.code)?.signed) return true;
  if (kpi.tags?.some((t) => SIGNED_TAGS.has(`${t.framework}:${t.code}`))) return true;
  return [kpi.baselineValue, kpi.targetValue, kpi.bandLow].some(
    (v) => typeof v === 'number' && v < 0,
  );
}
