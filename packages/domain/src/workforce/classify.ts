// How the workforce engine reads each value of a staff or recruitment extract (WORKFORCE.md §1):
// ESR's own labels as well as the plain codes. Each reader returns the canonical value, or null
// when the value is not one the column allows (a row error naming line, column and value).
import type { TBoardRole, TDisabilityGroup, TEthnicityGroup, TSex, TStaffGroup } from './types.ts';

const WHITE_CODES = new Set(['A', 'B', 'C']);
const BME_CODES = new Set(['D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S']);
/** Words that mean a value was not given, read as unknown (lower case). */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set([
  'not stated',
  'not known',
  'unknown',
  'undefined',
  'unspecified',
  'prefer not to say',
]);

function squash(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/**
 * White (A, B, C and their sub-codes), BME (D–H, J–N, P, R, S and theirs) or unknown (Z, blank, or
 * a "not stated" word), read from the value's first word: `C3`, `A White - British`.
 */
export function classifyEthnicity(raw: string): TEthnicityGroup | null {
  const value = squash(raw);
  if (value === '' || UNKNOWN_WORDS.has(value.toLowerCase())) return 'unknown';
  const firstWord = value.split(/[\s-]/, 1)[0] ?? '';
  const code = /^([A-Za-z])[0-9A-Za-z]?$/.exec(firstWord)?.[1]?.toUpperCase();
  if (!code) return null;
  if (WHITE_CODES.has(code)) return 'white';
  if (BME_CODES.has(code)) return 'bme';
  return code === 'Z' ? 'unknown' : null;
}

const DISABILITY_UNKNOWN = new Set(['', 'not declared', 'prefer not to answer', 'unspecified']);

/** yes, no, or unknown (ESR's Not Declared, Prefer Not To Answer, Unspecified, or blank). */
export function classifyDisability(raw: string): TDisabilityGroup | null {
  const value = squash(raw).toLowerCase();
  if (value === 'yes' || value === 'y') return 'yes';
  if (value === 'no' || value === 'n') return 'no';
  return DISABILITY_UNKNOWN.has(value) ? 'unknown' : null;
}

/** female or male (also F, M); blank is unknown. */
export function classifySex(raw: string): TSex | null {
  const value = squash(raw).toLowerCase();
  if (value === 'female' || value === 'f') return 'female';
  if (value === 'male' || value === 'm') return 'male';
  return value === '' ? 'unknown' : null;
}

/** clinical, non_clinical or medical (spaces and hyphens read as underscores). */
export function classifyStaffGroup(raw: string): TStaffGroup | null {
  const value = squash(raw).toLowerCase().replace(/[\s-]/g, '_');
  return value === 'clinical' || value === 'non_clinical' || value === 'medical' ? value : null;
}

/** none (or blank), voting_executive, voting_non_executive or non_voting. */
export function classifyBoardRole(raw: string): TBoardRole | null {
  const value = squash(raw).toLowerCase().replace(/[\s-]/g, '_');
  if (value === '' || value === 'none') return 'none';
  return value === 'voting_executive' || value === 'voting_non_executive' || value === 'non_voting'
    ? value
    : null;
}

/** Agenda for Change bands, lowest first, then the medical grades. */
export const AFC_BANDS = [
  'Under Band 1',
  'Band 1',
  'Band 2',
  'Band 3',
  'Band 4',
  'Band 5',
  'Band 6',
  'Band 7',
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
  'VSM',
] as const;
export const MEDICAL_GRADES = [
  'Trainee',
  'Non-consultant career grade',
  'Consultant',
  'Other',
] as const;
/** Band 8c and above: the EDI Improvement Plan's senior leadership (metric 2d). */
export const SENIOR_BANDS: readonly string[] = ['Band 8c', 'Band 8d', 'Band 9', 'VSM'];

export function isSeniorBand(band: string): boolean {
  return SENIOR_BANDS.includes(band);
}

/** Where a band sorts in tables: AfC bands in order, then the medical grades. */
export function bandOrder(band: string): number {
  const afc = (AFC_BANDS as readonly string[]).indexOf(band);
  if (afc >= 0) return afc;
  const medical = (MEDICAL_GRADES as readonly string[]).indexOf(band);
  return medical >= 0 ? AFC_BANDS.length + medical : AFC_BANDS.length + MEDICAL_GRADES.length;
}

/**
 * The canonical band of a value: `Band 5`, `band 05`, ESR's `Band 8 - Range A` (Band 8a), `VSM`;
 * for medical staff only the medical grades, and for everyone else only Agenda for Change bands.
 */
export function classifyBand(raw: string, staffGroup: TStaffGroup): string | null {
  const value = squash(raw).toLowerCase();
  if (staffGroup === 'medical') {
    return MEDICAL_GRADES.find((g) => g.toLowerCase() === value) ?? null;
  }
  if (value === 'vsm' || value === 'very senior manager') return 'VSM';
  if (value === 'under band 1') return 'Under Band 1';
  const plain = /^band ?0?([1-9])$/.exec(value);
  if (plain?.[1] && plain[1] !== '8') return `Band ${plain[1]}`;
  const eight = /^band ?8 ?(?:- ?)?(?:range ?)?([a-d])$/.exec(value);
  return eight?.[1] ? `Band 8${eight[1]}` : null;
}

/** yes or no (also Y, N); blank is no. Null for anything else. */
export function readYesNo(raw: string): boolean | null {
  const value = squash(raw).toLowerCase();
  if (value === 'yes' || value === 'y') return true;
  if (value === 'no' || value === 'n' || value === '') return false;
  return null;
}

/**
 * An amount of money, 0 or more, with at most a `£` and thousands commas around plain digits:
 * `12.5`, `£1,250.00`. Blank is `undefined` (no value); null when it is not a valid amount.
 */
export function readAmount(raw: string): number | undefined | null {
  const value = squash(raw).replace(/^£ ?/, '');
  if (value === '') return undefined;
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(value)) return null;
  const amount = Number(value.replace(/,/g, ''));
  return Number.isFinite(amount) ? amount : null;
}

/** The columns each extract must have (headers are case-insensitive, in any order). */
export const WORKFORCE_COLUMNS = {
  staff: [
    'person_id',
    'ethnicity',
    'sex',
    'disability',
    'staff_group',
    'band',
    'board',
    'hourly_pay',
    'bonus_pay',
    'disciplinary',
    'capability',
    'training',
  ],
  recruitment: ['applicant_id', 'ethnicity', 'disability', 'appointed'],
} as const;

export type TWorkforceFile = keyof typeof WORKFORCE_COLUMNS;

/** What a column allows, in words, for a row error: "must be yes or no". */
export const WORKFORCE_COLUMN_RULES: Record<string, string> = {
  person_id: 'must be a unique id, not blank',
  applicant_id: 'must be a unique id, not blank',
  ethnicity:
    'must be an NHS ethnic category code (A–H, J–N, P, R, S or Z, e.g. "C3" or "A White - British"), "Not stated" or blank',
  sex: 'must be female, male, F, M or blank',
  disability: 'must be yes, no, Not Declared, Prefer Not To Answer, Unspecified or blank',
  staff_group: 'must be clinical, non_clinical or medical',
  band: 'must be an Agenda for Change band (Band 1 to Band 9, Band 8a to 8d, VSM, Under Band 1) or, for medical staff, Consultant, Non-consultant career grade, Trainee or Other',
  board: 'must be none, voting_executive, voting_non_executive, non_voting or blank',
  hourly_pay: 'must be an amount of 0 or more, or blank',
  bonus_pay: 'must be an amount of 0 or more, or blank',
  disciplinary: 'must be yes, no or blank',
  capability: 'must be yes, no or blank',
  training: 'must be yes, no or blank',
  appointed: 'must be yes, no or blank',
};
