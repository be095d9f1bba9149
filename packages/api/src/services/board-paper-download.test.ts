import { findLatestLockedPeriod, testProviders } from '@belonging/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../exports/format.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('the generated date of a downloaded file, on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('is when the file was made, with a locked snapshot’s freeze time named apart', async () => {
    const locked = await findLatestLockedPeriod(bed.db, bed.organisationId);
    const now = new Date();
    const caller = await bed.callerAs(DEMO.board, { now: () => now });
    const file = await caller.boardPaper.download({ periodId: locked.id, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const about = new Map<string, string>();
    workbook.getWorksheet('About this report')?.eachRow((row) => {
      about.set(row.getCell(1).text, row.getCell(2).text);
    });
    expect(about.get('Generated')).toBe(formatInstant(now.toISOString()));
    expect(about.get('Position')).toContain(
      `Locked snapshot. Frozen on ${formatInstant(locked.lockedAt?.toISOString() ?? null)}`,
    );
  });
});
