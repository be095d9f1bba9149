import { z } from 'zod';
import {
  futurePeriodEndProblem,
  lockedPeriodWarning,
  lockedPeriodsOfRows,
  periodEndProblem,
  type TLockedPeriod,
  type TLockedPeriodRows,
} from '../../period-end.ts';
import type { TKpiFrequency } from '../../periods.ts';
import type { TKpiUnit } from '../../report/types.ts';
import { showNumber, valueRangeOf } from '../../value-range.ts';

/** Most rows one import call takes; larger files are split by the app. */
export const IMPORT_MAX_ROWS = 20_000;

// Spreadsheet cells arrive as text; numbers from an Excel reader are accepted and read as text.
const toText = (v: unknown) => (typeof v === 'number' ? String(v) : v === null ? undefined : v);
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be ${max} characters or fewer`);
const cell = (label: string, max: number) => z.preprocess(toText, text(label, max));
/** An optional cell: empty (null or missing) reads as not given. */
const optionalCell = (label: string, max: number) =>
  z.preprocess(toText, text(label, max).optional());

export const ZImportRowInput = z.object({
  line: z
    .number({ error: 'The line number must be a number' })
    .int('The line number must be a whole number')
    .min(1, 'The line number must be 1 or more'),
  kpiCode: cell('The KPI code', 200),
  periodEnd: cell('The period end', 200),
  value: cell('The value', 200),
  group: optionalCell('The group', 1000),
  numerator: optionalCell('The numerator', 200),
  denominator: optionalCell('The denominator', 200),
  note: optionalCell('The note', 10_000),
});
export type TImportRowInput = z.infer<typeof ZImportRowInput>;

export const ZAdminImportInput = z.object({
  rows: z
    .array(ZImportRowInput, { error: 'Rows must be a list' })
    .min(1, 'The file has no rows to import')
    .max(
      IMPORT_MAX_ROWS,
      `Import ${showNumber(IMPORT_MAX_ROWS)} rows or fewer at a time: split the file`,
    ),
});
export type TAdminImportInput = z.infer<typeof ZAdminImportInput>;

/** The commit also says whether the person ticked that values for locked quarters may change. */
export const ZAdminImportCommitInput = ZAdminImportInput.extend({
  confirmLockedPeriods: z
    .boolean({ error: 'Confirming values for a locked quarter must be yes or no' })
    .default(false),
});
export type TAdminImportCommitInput = z.infer<typeof ZAdminImportCommitInput>;

/**
 * Why a commit touching locked quarters is refused until the person ticks to confirm: each
 * quarter's warning, then what to do.
 */
export function lockedImportRefusal(periods: readonly TLockedPeriodRows[]): string | null {
  if (periods.length === 0) return null;
  const warnings = periods.map((p) => lockedPeriodWarning(p.label)).join(' ');
  return `${warnings} Tick the box to confirm you want to import values for ${periods.length === 1 ? 'a locked quarter' : 'locked quarters'}; nothing has been imported.`;
}

export type TImportProblem = {
  line: number;
  field: keyof Omit<TImportRowInput, 'line'>;
  reason: string;
};

/** What the import needs to know of each live KPI of the trust. */
export type TImportKpi = {
  id: string;
  code: string;
  unit: TKpiUnit;
  signedPercent: boolean;
  frequency: TKpiFrequency;
  rangeLow?: number | null;
  rangeHigh?: number | null;
};

export type TImportRow = {
  line: number;
  kpiId: string;
  kpiCode: string;
  periodEnd: Date;
  value: number;
  group: string;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
};

/** A calendar date from a spreadsheet cell: 2026-03-31 or 31/03/2026 (UK order); null if not a real date. */
export function parseImportDate(text: string): Date | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const ok =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCFullYear() >= 2000 &&
    date.getUTCFullYear() <= 2100;
  return ok ? date : null;
}

/** A number from a cell: allows thousands separators and a trailing %; null if not a finite number. */
export function parseImportNumber(text: string): number | null {
  let s = text.trim().replace(/%$/, '').trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parseCount(text: string): number | null {
  const n = parseImportNumber(text);
  return n !== null && Number.isInteger(n) && n >= 0 && n <= 10_000_000 ? n : null;
}

const blank = (s: string | undefined): s is undefined => s === undefined || s.trim() === '';
const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Checks every row of a measurement import against the trust's KPIs and answers each problem
 * with its line, field and reason; the rows come back parsed only when there is none.
 */
export function checkImportRows(
  rows: readonly TImportRowInput[],
  kpis: readonly TImportKpi[],
  { now, locked = [] }: { now?: Date; locked?: readonly TLockedPeriod[] } = {},
): { problems: TImportProblem[]; rows: TImportRow[]; lockedPeriods: TLockedPeriodRows[] } {
  const byCode = new Map(kpis.map((k) => [k.code.toLowerCase(), k]));
  const problems: TImportProblem[] = [];
  const parsed: TImportRow[] = [];
  const firstLine = new Map<string, number>();

  for (const row of rows) {
    const { line } = row;
    const add = (field: TImportProblem['field'], reason: string) =>
      problems.push({ line, field, reason });
    const before = problems.length;

    const code = row.kpiCode.trim();
    const kpi = code ? byCode.get(code.toLowerCase()) : undefined;
    if (!code) add('kpiCode', 'Enter the KPI code');
    else if (!kpi) add('kpiCode', `No live KPI with code "${code}" in this trust`);

    const periodEnd = blank(row.periodEnd) ? null : parseImportDate(row.periodEnd);
    if (blank(row.periodEnd)) add('periodEnd', 'Enter the period end date');
    else if (!periodEnd)
      add('periodEnd', `"${row.periodEnd.trim()}" is not a date: use YYYY-MM-DD or DD/MM/YYYY`);

    const value = blank(row.value) ? null : parseImportNumber(row.value);
    if (blank(row.value)) add('value', 'Enter the value');
    else if (value === null) add('value', `"${row.value.trim()}" is not a number`);

    const numerator = blank(row.numerator) ? null : parseCount(row.numerator);
    const denominator = blank(row.denominator) ? null : parseCount(row.denominator);
    if (!blank(row.numerator) && numerator === null)
      add('numerator', `"${row.numerator.trim()}" is not a whole number of people`);
    if (!blank(row.denominator) && denominator === null)
      add('denominator', `"${row.denominator.trim()}" is not a whole number of people`);
    if (kpi?.unit === 'ratio' && (blank(row.numerator) || blank(row.denominator))) {
      add(
        blank(row.numerator) ? 'numerator' : 'denominator',
        `${kpi.code} is a ratio: give the numerator and denominator counts it was worked out from`,
      );
    } else if (blank(row.numerator) !== blank(row.denominator)) {
      add(
        blank(row.numerator) ? 'numerator' : 'denominator',
        'Give both the numerator and the denominator, or neither',
      );
    }
    if (numerator !== null && denominator !== null && numerator > denominator) {
      add(
        'numerator',
        `The numerator (${showNumber(numerator)}) cannot be larger than the denominator (${showNumber(denominator)})`,
      );
    }
    if (kpi && value !== null) {
      const range = valueRangeOf(kpi);
      if (value < range.low || value > range.high)
        add(
          'value',
          `${kpi.code} is ${range.kind}: the value must be between ${showNumber(range.low)} and ${showNumber(range.high)}, not ${showNumber(value)}`,
        );
    }
    const future = periodEnd && now ? futurePeriodEndProblem(periodEnd, now) : null;
    const notAnEnd = kpi && periodEnd ? periodEndProblem(periodEnd, kpi.frequency) : null;
    if (future) add('periodEnd', future);
    else if (notAnEnd) add('periodEnd', notAnEnd);

    const group = row.group?.trim() ?? '';
    if (group.length > 80) add('group', 'The group must be 80 characters or fewer');
    const note = row.note?.trim() ?? '';
    if (note.length > 2000) add('note', 'The note must be 2000 characters or fewer');

    if (kpi && periodEnd) {
      const key = `${kpi.id}|${dayKey(periodEnd)}|${group}`;
      const first = firstLine.get(key);
      if (first !== undefined) {
        add(
          'periodEnd',
          `Duplicate of line ${showNumber(first)}: same KPI, period end${group ? ' and group' : ''}`,
        );
      } else firstLine.set(key, line);
    }

    if (problems.length === before && kpi && periodEnd && value !== null) {
      parsed.push({
        line,
        kpiId: kpi.id,
        kpiCode: kpi.code,
        periodEnd,
        value,
        group,
        numerator,
        denominator,
        note: note || null,
      });
    }
  }
  return {
    problems,
    rows: problems.length ? [] : parsed,
    lockedPeriods: lockedPeriodsOfRows(parsed, locked),
  };
}
