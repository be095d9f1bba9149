import { testProviders } from '@belonging/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../test/support/index.ts';
import { errorOf } from '../../test/support/call.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { freshAmbition } from '../../test/support/admin-fixtures.ts';

const FORMULA = '=HYPERLINK("https://example.test","Click me")';

describe.each(testProviders())('exporting the audit trail on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);

  it('writes the filtered trail as CSV in words, a formula-like name made inert', async () => {
    const api = await admin();
    const ambition = await freshAmbition(bed);
    await api.admin.ambition.update({ id: ambition.id, title: FORMULA });
    // A person's name is an event's whole subject: the cell would start with "=".
    await api.admin.user.create({
      email: 'formula.person@belonging.test',
      name: FORMULA,
      roles: ['board_member'],
    });

    const file = await api.audit.export({ format: 'csv', search: 'hyperlink' });
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    expect(file.filename).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('When,Who,What,Subject,Changes');
    // Only the two matching events, newest first: the export honours the search.
    expect(lines).toHaveLength(3);
    const quoted = FORMULA.replace(/"/g, '""');
    expect(lines[1]).toContain(`Ama Owusu,Person added,"'${quoted}",`);
    expect(lines[2]).toContain('Ama Owusu,Ambition updated,');
    expect(lines[2]).toContain(`Title: Test ambition`);
    expect(text).not.toMatch(/(^|,)"?=/m);
  });

  it('writes Excel with every cell as text, never a formula, and the same filters', async () => {
    const api = await admin();
    const file = await api.audit.export({ format: 'xlsx', search: 'hyperlink' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Audit trail');
    if (!sheet) throw new Error('The audit sheet is missing');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'When',
      'Who',
      'What',
      'Subject',
      'Changes',
    ]);
    expect(sheet.rowCount).toBe(3);
    for (const index of [2, 3]) {
      const row = sheet.getRow(index);
      for (let column = 1; column <= 5; column += 1) {
        expect(row.getCell(column).type).toBe(ExcelJS.ValueType.String);
      }
    }
    // The person's name is stored as the text it is, not run as a formula.
    expect(sheet.getRow(2).getCell(4).value).toBe(FORMULA);
    expect(sheet.getRow(3).getCell(3).value).toBe('Ambition updated');
  });

  it('exports nothing for the wrong person, and refuses an unknown format', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    expect((await errorOf(owner.audit.export({ format: 'csv' }))).code).toBe('FORBIDDEN');
    const api = await admin();
    const error = await errorOf(api.audit.export({ format: 'pdf' as 'csv' }));
    expect(error.code).toBe('BAD_REQUEST');
  });
});
