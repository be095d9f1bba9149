import { createWorkforceUpload } from '@belonging/db';
import {
  INTERSECT_CELLS,
  computeWorkforceMeasures,
  parseIsoDay,
  type TWorkforceAggregates,
  type TWorkforceResult,
} from '@belonging/domain';
import type { ApiTestBed } from './index.ts';

const pay = (count: number, mean: number, median: number) => ({ count, mean, median });

/** People in each full intersect cell (ethnicity, sex, disability); BME Disabled men are few. */
const FULL_CELLS: Record<string, number> = {
  'White female yes': 14,
  'White female no': 120,
  'White male yes': 11,
  'White male no': 60,
  'BME female yes': 12,
  'BME female no': 110,
  'BME male yes': 4,
  'BME male no': 40,
};

function headcountOf(cell: (typeof INTERSECT_CELLS)[number]): number {
  return Object.entries(FULL_CELLS)
    .filter(([key]) => {
      const [ethnicity, sex, disability] = key.split(' ');
      return (
        (cell.ethnicity ?? ethnicity) === ethnicity &&
        (cell.sex ?? sex) === sex &&
        (cell.disability ?? disability) === disability
      );
    })
    .reduce((sum, [, n]) => sum + n, 0);
}

/** A small trust's aggregates, as the reader would count them, with some cells under 10. */
export function smallWorkforceAggregates(scale = 1): TWorkforceAggregates {
  const n = (x: number) => Math.round(x * scale);
  return {
    rows: { staff: 371, recruitment: 420 },
    bands: [
      { staffGroup: 'clinical', band: 'Band 5', ethnicity: 'white', disability: 'no', count: 150 },
      { staffGroup: 'clinical', band: 'Band 5', ethnicity: 'white', disability: 'yes', count: 20 },
      { staffGroup: 'clinical', band: 'Band 5', ethnicity: 'bme', disability: 'no', count: 130 },
      { staffGroup: 'clinical', band: 'Band 5', ethnicity: 'bme', disability: 'yes', count: 14 },
      {
        staffGroup: 'clinical',
        band: 'Band 5',
        ethnicity: 'unknown',
        disability: 'unknown',
        count: 6,
      },
      {
        staffGroup: 'non_clinical',
        band: 'Band 8a',
        ethnicity: 'white',
        disability: 'no',
        count: 25,
      },
      {
        staffGroup: 'non_clinical',
        band: 'Band 8a',
        ethnicity: 'bme',
        disability: 'no',
        count: 12,
      },
      {
        staffGroup: 'non_clinical',
        band: 'Band 8c',
        ethnicity: 'white',
        disability: 'no',
        count: 10,
      },
      {
        staffGroup: 'non_clinical',
        band: 'Band 8c',
        ethnicity: 'bme',
        disability: 'yes',
        count: 4,
      },
    ],
    board: [
      { board: 'voting_executive', ethnicity: 'white', disability: 'no', count: 5 },
      { board: 'voting_executive', ethnicity: 'bme', disability: 'no', count: 2 },
      { board: 'voting_non_executive', ethnicity: 'white', disability: 'no', count: 5 },
      { board: 'voting_non_executive', ethnicity: 'bme', disability: 'yes', count: 1 },
    ],
    appointed: {
      white: { selected: n(60), pool: 200 },
      bme: { selected: 40, pool: 210 },
      disabled: { selected: 12, pool: 40 },
      nonDisabled: { selected: 88, pool: 370 },
    },
    disciplinary: { white: { selected: 12, pool: 185 }, bme: { selected: 20, pool: 160 } },
    training: { white: { selected: 120, pool: 185 }, bme: { selected: 90, pool: 160 } },
    capability: { disabled: { selected: 3, pool: 38 }, nonDisabled: { selected: 10, pool: 327 } },
    hourly: {
      male: pay(115, 21, 20),
      female: pay(250, 19 * scale, 18.5),
      white: pay(200, 20.5, 19.5),
      bme: pay(165, 19, 18),
      disabled: pay(38, 18, 17.5),
      nonDisabled: pay(327, 20, 19),
    },
    bonus: { male: pay(12, 900, 800), female: pay(11, 700, 650), menInAll: 115, womenInAll: 256 },
    quartiles: [
      { quartile: 1, women: 70, men: 22 },
      { quartile: 2, women: 66, men: 25 },
      { quartile: 3, women: 60, men: 31 },
      { quartile: 4, women: 54, men: 37 },
    ],
    intersect: INTERSECT_CELLS.map((cell) => {
      const headcount = headcountOf(cell);
      return { ...cell, headcount, senior: Math.min(2, headcount), pay: pay(headcount, 20, 19) };
    }),
  };
}

export function smallWorkforceResult(asOf = '2026-03-31', scale = 1): TWorkforceResult {
  return computeWorkforceMeasures(smallWorkforceAggregates(scale), { asOf, threshold: 10 });
}

/** An upload of the small trust's figures, not yet saved, in the demo trust or another. */
export async function freshWorkforceUpload(
  bed: ApiTestBed,
  options: { asOf?: string; scale?: number; organisationId?: string; email?: string } = {},
) {
  const result = smallWorkforceResult(options.asOf, options.scale);
  const uploadedById = await bed.userId(options.email ?? 'edi.lead@belonging.test');
  return createWorkforceUpload(bed.db, {
    organisationId: options.organisationId ?? bed.organisationId,
    uploadedById,
    uploadedAt: new Date(),
    asOf: parseIsoDay(result.asOf),
    threshold: result.threshold,
    staffFileName: 'staff.csv',
    staffSha256: 'a'.repeat(64),
    staffRows: result.rows.staff,
    recruitmentFileName: 'recruitment.csv',
    recruitmentSha256: 'b'.repeat(64),
    recruitmentRows: result.rows.recruitment,
    result: JSON.stringify(result),
  });
}
