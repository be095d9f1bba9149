import { FORMULA_PROBES, inert, liveFormulaCells } from '@belonging/domain/csv-probes';
import { testProviders } from '@belonging/db/testing';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { toCsv } from './board-report-csv.ts';
import { boardReportFixture } from '../../test/exports/board-report-fixture.ts';

// Every CSV the API writes, fed text a spreadsheet would run, read back cell by cell. The import
// report and template (admin app) and the workforce sample have their own tests beside them.

function table(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const FREE_TEXT = new Set(['title', 'owner', 'narrative', 'recoveryAction', 'strategyTitle']);

/** The report with every free-text field set to `text`. */
function withText(value: unknown, text: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withText(v, text));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      FREE_TEXT.has(k) && typeof v === 'string' ? text : withText(v, text),
    ]),
  );
}

describe('the board report CSV', () => {
  it.each(FORMULA_PROBES.map((p) => [JSON.stringify(p), p]))(
    'writes %s as inert text in every cell, and numbers as numbers',
    (_name, probe) => {
      const report = withText(boardReportFixture(), probe) as ReturnType<typeof boardReportFixture>;
      const cells = table(toCsv(report));
      expect(liveFormulaCells(cells)).toEqual([]);
      expect(cells.flat()).toContain(inert(probe));
      // A negative gap is a number a spreadsheet must still add up.
      expect(cells.flat()).toContain('-0.32');
    },
  );
});

describe.each(testProviders())('the audit trail CSV on %s', (provider) => {
  const { admin } = useApiTestBed(provider);

  it('writes names a person typed as inert text in every cell', async () => {
    const api = await admin();
    for (const [i, probe] of FORMULA_PROBES.entries()) {
      await api.admin.user.create({
        email: `formula.${i}@belonging.test`,
        name: probe,
        roles: ['board_member'],
      });
    }
    const file = await api.audit.export({ format: 'csv', entity: 'user' });
    const cells = table(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(liveFormulaCells(cells)).toEqual([]);
    expect(cells.flat()).toContain(inert('=HYPERLINK("http://x","y")'));
  });
});
