import type {
  KpiDirection,
  KpiFrequency,
  KpiUnit,
  ToleranceKind,
} from '../generated/sqlite/enums.ts';
import type { OwnerKey } from './demo-people.ts';
import type { TagKey } from './framework-tags.ts';

/**
 * How a KPI's demo series ends at "today", so the demo shows every KPI state: the colour of the
 * latest value, `stale` (values stop before the latest due period), `none` (no data yet),
 * `published` (only the trust's published baseline figure), or a monthly SPC pattern.
 */
export type SeriesStory =
  'green' | 'amber' | 'red' | 'blue' | 'stale' | 'none' | 'published' | 'shift';

export type DemoKpi = {
  code: string;
  title: string;
  definition: string;
  unit: KpiUnit;
  direction: KpiDirection;
  baseline: { value: number; date: string };
  target?: { value: number; date: string };
  band?: { low: number; high: number };
  tolerance: { kind: ToleranceKind; value: number };
  trajectory?: { date: string; value: number }[];
  frequency: KpiFrequency;
  /** Days after a period ends before its value is due; unset means the domain's default. */
  lagDays?: number;
  dataSource: string;
  owner: OwnerKey | 'edi';
  isDemoData: boolean;
  /** A commitment code ('2.2') or an ambition number. */
  home: { commitment: string } | { ambition: number };
  tags: TagKey[];
  story: SeriesStory;
  /** Groups measured alongside the whole population, with the number of people in each. */
  groups?: { name: string; people: number; delta: number }[];
};

const RATIO_TOLERANCE = { kind: 'absolute', value: 0.1 } as const;
const PERCENT_TOLERANCE = { kind: 'relative', value: 10 } as const;
const BASE = '2023-03-31';
const END = '2028-03-31';
const FOUR_FIFTHS = { low: 0.8, high: 1.25 };

const ESR = 'Electronic Staff Record';
const SURVEY = 'NHS Staff Survey';
const RECRUIT = 'Recruitment system (TRAC)';

// One KPI per line, read as a table.
// prettier-ignore
export const DEMO_KPIS: DemoKpi[] = [
  { code: 'WRES-1', title: 'Staff at band 8a and above from Black, Asian and minority ethnic backgrounds', definition: 'BME staff at band 8a and above as a percentage of all staff at band 8a and above, from ESR at quarter end.', unit: 'percent', direction: 'increase', baseline: { value: 27, date: BASE }, target: { value: 35, date: END }, trajectory: [{ date: '2025-03-31', value: 29 }, { date: '2026-03-31', value: 31 }, { date: '2027-03-31', value: 33 }], tolerance: PERCENT_TOLERANCE, frequency: 'quarterly', lagDays: 30, dataSource: ESR, owner: 'people', isDemoData: true, home: { commitment: '2.2' }, tags: ['wres:WRES-1', 'edi_plan:2c'], story: 'green' },
  { code: 'WRES-2', title: 'Relative likelihood of White staff being appointed from shortlisting compared with BME staff', definition: '(White appointed ÷ White shortlisted) ÷ (BME appointed ÷ BME shortlisted), financial year to 31 March.', unit: 'ratio', direction: 'band', baseline: { value: 1.45, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'annual', dataSource: RECRUIT, owner: 'people', isDemoData: true, home: { commitment: '2.1' }, tags: ['wres:WRES-2', 'edi_plan:2a'], story: 'amber' },
  { code: 'WRES-3', title: 'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff', definition: '(BME entering ÷ BME headcount) ÷ (White entering ÷ White headcount), two-year rolling average.', unit: 'ratio', direction: 'band', baseline: { value: 1.9, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'annual', dataSource: 'Employee relations case log', owner: 'people', isDemoData: true, home: { commitment: '1.3' }, tags: ['wres:WRES-3', 'edi_plan:6b'], story: 'red' },
  { code: 'WRES-4', title: 'Relative likelihood of White staff accessing non-mandatory training compared with BME staff', definition: '(White accessing ÷ White headcount) ÷ (BME accessing ÷ BME headcount).', unit: 'ratio', direction: 'band', baseline: { value: 1.1, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'annual', dataSource: 'Learning management system', owner: 'nurse', isDemoData: true, home: { commitment: '2.4' }, tags: ['wres:WRES-4', 'edi_plan:5d'], story: 'green' },
  { code: 'WRES-5', title: 'BME staff harassed, bullied or abused by patients, relatives or the public', definition: 'Staff survey: BME respondents reporting at least one incident in the last 12 months.', unit: 'percent', direction: 'decrease', baseline: { value: 32, date: BASE }, target: { value: 25, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'nurse', isDemoData: true, home: { commitment: '3.1' }, tags: ['wres:WRES-5', 'edi_plan:6e', 'eds:2B'], story: 'amber' },
  { code: 'WRES-6', title: 'BME staff harassed, bullied or abused by colleagues', definition: 'Staff survey: BME respondents reporting at least one incident from staff in the last 12 months.', unit: 'percent', direction: 'decrease', baseline: { value: 24, date: BASE }, target: { value: 18, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'people', isDemoData: true, home: { commitment: '3.2' }, tags: ['wres:WRES-6', 'edi_plan:6a'], story: 'green' },
  { code: 'WRES-7', title: 'BME staff who believe the trust provides equal opportunities for progression', definition: 'Staff survey: BME respondents answering yes; broken down by ethnic group (White shown for comparison).', unit: 'percent', direction: 'increase', baseline: { value: 45, date: BASE }, target: { value: 58, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'people', isDemoData: true, home: { commitment: '2.2' }, tags: ['wres:WRES-7', 'edi_plan:2f'], story: 'red', groups: [{ name: 'Asian', people: 420, delta: 3 }, { name: 'Black', people: 510, delta: -5 }, { name: 'Mixed', people: 95, delta: 1 }, { name: 'Other', people: 8, delta: 4 }, { name: 'White', people: 1850, delta: 13 }] },
  { code: 'WRES-8', title: 'BME staff discriminated against by a manager, team leader or colleague', definition: 'Staff survey: BME respondents reporting discrimination in the last 12 months.', unit: 'percent', direction: 'decrease', baseline: { value: 14, date: BASE }, target: { value: 8, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'people', isDemoData: true, home: { commitment: '3.3' }, tags: ['wres:WRES-8', 'edi_plan:6a'], story: 'green' },
  { code: 'WRES-9', title: 'Board BME percentage minus workforce BME percentage', definition: 'Percentage of voting board members from BME backgrounds minus the percentage of the workforce, in points.', unit: 'number', direction: 'increase', baseline: { value: -15, date: BASE }, target: { value: 0, date: END }, tolerance: { kind: 'absolute', value: 2 }, frequency: 'annual', dataSource: 'Board register and ESR', owner: 'corporate', isDemoData: true, home: { commitment: '1.1' }, tags: ['wres:WRES-9', 'edi_plan:1f'], story: 'amber' },
  { code: 'WDES-1', title: 'Staff declaring a disability on ESR', definition: 'Staff with a disability recorded on ESR as a percentage of all staff, at quarter end.', unit: 'percent', direction: 'increase', baseline: { value: 4.5, date: BASE }, target: { value: 8, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'quarterly', lagDays: 30, dataSource: ESR, owner: 'people', isDemoData: true, home: { ambition: 2 }, tags: ['wdes:WDES-1', 'edi_plan:2c'], story: 'green' },
  { code: 'WDES-2', title: 'Relative likelihood of non-disabled staff being appointed from shortlisting compared with Disabled staff', definition: '(Non-disabled appointed ÷ shortlisted) ÷ (Disabled appointed ÷ shortlisted).', unit: 'ratio', direction: 'band', baseline: { value: 1.3, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'annual', dataSource: RECRUIT, owner: 'people', isDemoData: true, home: { commitment: '2.1' }, tags: ['wdes:WDES-2', 'edi_plan:2a'], story: 'green' },
  { code: 'WDES-3', title: 'Relative likelihood of Disabled staff entering the formal capability process compared with non-disabled staff', definition: '(Disabled entering ÷ Disabled headcount) ÷ (non-disabled entering ÷ non-disabled headcount), two-year rolling average.', unit: 'ratio', direction: 'band', baseline: { value: 2.1, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'annual', dataSource: 'Employee relations case log', owner: 'people', isDemoData: true, home: { commitment: '1.3' }, tags: ['wdes:WDES-3', 'edi_plan:6b'], story: 'none' },
  { code: 'WDES-4a', title: 'Disabled staff harassed, bullied or abused by patients, relatives or the public', definition: 'Staff survey: Disabled respondents reporting at least one incident in the last 12 months.', unit: 'percent', direction: 'decrease', baseline: { value: 30, date: BASE }, target: { value: 24, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'nurse', isDemoData: true, home: { commitment: '3.1' }, tags: ['wdes:WDES-4', 'edi_plan:6e'], story: 'green' },
  { code: 'WDES-8', title: 'Disabled staff saying the trust has made adequate reasonable adjustments', definition: 'Staff survey: Disabled respondents who needed adjustments answering yes.', unit: 'percent', direction: 'increase', baseline: { value: 72, date: BASE }, target: { value: 85, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'people', isDemoData: true, home: { commitment: '3.4' }, tags: ['wdes:WDES-8', 'edi_plan:4d'], story: 'amber' },
  { code: 'GPG-MEAN', title: 'Mean gender pay gap (men as reference)', definition: '(Men’s mean hourly pay − women’s mean hourly pay) ÷ men’s mean hourly pay × 100, snapshot 31 March.', unit: 'percent', direction: 'decrease', baseline: { value: 7.94, date: '2024-03-31' }, target: { value: 4, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', lagDays: 364, dataSource: 'Gender pay gap report (HPFT published figure, 2023/24)', owner: 'people', isDemoData: false, home: { commitment: '2.3' }, tags: ['edi_plan:3a'], story: 'published' },
  { code: 'EPG-MEDIAN', title: 'Median ethnicity pay gap (White staff as reference)', definition: '(White median hourly pay − BME median hourly pay) ÷ White median hourly pay × 100, snapshot 31 March.', unit: 'percent', direction: 'decrease', baseline: { value: 3.87, date: '2024-03-31' }, target: { value: 0, date: END }, tolerance: { kind: 'absolute', value: 0.5 }, frequency: 'annual', lagDays: 364, dataSource: 'Ethnicity pay gap report (HPFT published figure, 2023/24)', owner: 'people', isDemoData: false, home: { commitment: '2.3' }, tags: ['edi_plan:3a', 'edi_plan:3b'], story: 'published' },
  { code: 'NSS-BELONG', title: 'Staff who feel they belong', definition: 'Staff survey: respondents agreeing they feel a sense of belonging; broken down by ethnicity and sex.', unit: 'percent', direction: 'increase', baseline: { value: 61, date: BASE }, target: { value: 70, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'edi', isDemoData: true, home: { ambition: 1 }, tags: ['eds:2D'], story: 'green', groups: [{ name: 'Asian women', people: 260, delta: -2 }, { name: 'Asian men', people: 150, delta: -1 }, { name: 'Black women', people: 330, delta: -7 }, { name: 'Black men', people: 170, delta: -4 }, { name: 'Mixed women', people: 60, delta: -3 }, { name: 'Mixed men', people: 9, delta: -6 }, { name: 'White women', people: 1400, delta: 2 }, { name: 'White men', people: 520, delta: 1 }] },
  { code: 'EDI-1a', title: 'Board members appraised against SMART EDI objectives', definition: 'Voting and executive board members whose last appraisal assessed their EDI objectives, as a percentage of all board members.', unit: 'percent', direction: 'increase', baseline: { value: 0, date: BASE }, target: { value: 100, date: '2024-03-31' }, tolerance: PERCENT_TOLERANCE, frequency: 'quarterly', lagDays: 30, dataSource: 'Appraisal records (Company Secretary)', owner: 'corporate', isDemoData: true, home: { commitment: '1.1' }, tags: ['edi_plan:1a'], story: 'blue' },
  { code: 'EDI-2d', title: 'Staff at band 8c and above from BME backgrounds', definition: 'BME staff at band 8c and above as a percentage of all staff at band 8c and above, from ESR at quarter end.', unit: 'percent', direction: 'increase', baseline: { value: 14, date: BASE }, target: { value: 25, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'quarterly', lagDays: 30, dataSource: ESR, owner: 'people', isDemoData: true, home: { commitment: '2.2' }, tags: ['edi_plan:2d', 'wres:WRES-1'], story: 'stale' },
  { code: 'EDI-6a', title: 'Staff bullied or harassed by managers', definition: 'Staff survey: all respondents reporting bullying or harassment from managers in the last 12 months.', unit: 'percent', direction: 'decrease', baseline: { value: 11, date: BASE }, target: { value: 8, date: END }, tolerance: PERCENT_TOLERANCE, frequency: 'annual', dataSource: SURVEY, owner: 'people', isDemoData: true, home: { commitment: '3.2' }, tags: ['edi_plan:6a'], story: 'red' },
  { code: 'HR-SHORT', title: 'Relative likelihood of White candidates being appointed from shortlisting (monthly)', definition: 'The WRES 2 ratio for each month’s appointments, from the recruitment system.', unit: 'ratio', direction: 'band', baseline: { value: 1.34, date: BASE }, band: FOUR_FIFTHS, tolerance: RATIO_TOLERANCE, frequency: 'monthly', lagDays: 30, dataSource: RECRUIT, owner: 'people', isDemoData: true, home: { commitment: '2.1' }, tags: ['wres:WRES-2', 'edi_plan:2e'], story: 'shift' },
  { code: 'HR-ADJ', title: 'Median days to agree a reasonable adjustment', definition: 'Calendar days from request to decision, median of the month’s decisions.', unit: 'number', direction: 'decrease', baseline: { value: 41, date: BASE }, target: { value: 28, date: '2026-03-31' }, tolerance: PERCENT_TOLERANCE, frequency: 'monthly', lagDays: 30, dataSource: 'Occupational health case system', owner: 'medical', isDemoData: true, home: { commitment: '3.4' }, tags: ['wdes:WDES-8', 'edi_plan:4d'], story: 'blue' },
  { code: 'HR-PANEL', title: 'Interview panels for band 8a and above that are diverse', definition: 'Panels with at least one BME member and a mix of sexes, as a percentage of the month’s 8a+ panels.', unit: 'percent', direction: 'increase', baseline: { value: 55, date: BASE }, target: { value: 90, date: '2026-03-31' }, tolerance: PERCENT_TOLERANCE, frequency: 'monthly', lagDays: 30, dataSource: RECRUIT, owner: 'people', isDemoData: true, home: { commitment: '2.1' }, tags: ['edi_plan:2b', 'wres:WRES-2'], story: 'red' },
];
