import { describe, expect, it } from 'vitest';
import {
  ZAdminImportCommitInput,
  checkImportRows,
  lockedImportRefusal,
  type TImportKpi,
} from './import.ts';

const KPIS: TImportKpi[] = [
  { id: 'k1', code: 'NSS-BELONG', unit: 'percent', signedPercent: false, frequency: 'quarterly' },
];
const row = (periodEnd: string, line = 2, value = '45') => ({
  line,
  kpiCode: 'NSS-BELONG',
  periodEnd,
  value,
});
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// Midday on 1 October 2026 in London.
const now = new Date('2026-10-01T11:00:00.000Z');

describe('checkImportRows: measurements dated after today', () => {
  it('refuses a period end after today’s London date, naming the day', () => {
    const result = checkImportRows([row('2026-09-30'), row('2026-12-31', 3)], KPIS, { now });
    expect(result.problems).toEqual([
      {
        line: 3,
        field: 'periodEnd',
        reason: '31 December 2026 is after today: the period end must be today or earlier',
      },
    ]);
    expect(result.rows).toEqual([]);
  });

  it('takes the London day: 30 September 23:30 UTC is already 1 October there', () => {
    const lateNight = new Date('2026-09-30T23:30:00.000Z');
    expect(checkImportRows([row('2026-10-01')], KPIS, { now: lateNight }).problems).toHaveLength(
      1, // not a quarter end, but not in the future either
    );
    expect(
      checkImportRows([row('2026-10-01')], KPIS, { now: lateNight }).problems[0]?.reason,
    ).toMatch(/is not a quarter end/);
  });

  it('still refuses a value outside the KPI’s range on the same row', () => {
    const result = checkImportRows([row('2026-09-30', 2, '140')], KPIS, { now });
    expect(result.problems.map((p) => p.field)).toEqual(['value']);
  });
});

describe('checkImportRows: locked quarters', () => {
  const locked = [
    { label: '2026/27 Q2', startDate: day('2026-07-01'), endDate: day('2026-09-30') },
  ];
  it('lists the locked quarters the valid rows fall in, with how many rows', () => {
    const result = checkImportRows(
      [row('2026-06-30'), row('2026-09-30', 3), row('2026-09-30', 4, '50')].map((r, i) =>
        i === 2 ? { ...r, group: 'BME' } : r,
      ),
      KPIS,
      { now, locked },
    );
    expect(result.problems).toEqual([]);
    expect(result.lockedPeriods).toEqual([{ label: '2026/27 Q2', rowCount: 2, firstLine: 3 }]);
  });

  it('asks for a tick before importing them, in words', () => {
    expect(lockedImportRefusal([{ label: '2026/27 Q2', rowCount: 2, firstLine: 3 }])).toBe(
      '2026/27 Q2 is locked: the board’s snapshot will not change; the live figures will. Tick the box to confirm you want to import values for a locked quarter; nothing has been imported.',
    );
    expect(lockedImportRefusal([])).toBeNull();
  });

  it('reads an unconfirmed commit as not confirmed', () => {
    expect(ZAdminImportCommitInput.parse({ rows: [row('2026-09-30')] }).confirmLockedPeriods).toBe(
      false,
    );
  });
});
