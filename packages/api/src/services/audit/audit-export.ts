import type { DbClient } from '@belonging/db';
import {
  changedFields,
  changesInWords,
  formatAuditInstant,
  toCsvText,
  toIsoDay,
  type TAuditExportInput,
} from '@belonging/domain';
import ExcelJS from 'exceljs';
import { allAuditEntries, type TAuditEntry } from './audit-trail.ts';

export const AUDIT_EXPORT_HEADER = ['When', 'Who', 'What', 'Subject', 'Changes'] as const;

const MIME_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const WIDTHS = [20, 24, 30, 60, 100];

/** One entry as the file's row (and the page's words): when, who, what, the subject and the changes. */
export function auditRowOf(e: TAuditEntry): string[] {
  const names = new Map(Object.entries(e.names));
  return [
    formatAuditInstant(e.at),
    e.who,
    e.what,
    e.subject,
    changesInWords(changedFields(e.before, e.after, names)),
  ];
}

async function toXlsx(rows: string[][], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Belonging Tracker';
  workbook.title = 'Audit trail';
  workbook.created = now;
  const sheet = workbook.addWorksheet('Audit trail', { views: [{ state: 'frozen', ySplit: 1 }] });
  // Every column holds text: "@" keeps a typed "=…" a string should anyone edit the cell.
  sheet.columns = AUDIT_EXPORT_HEADER.map((header, i) => ({
    header,
    width: WIDTHS[i],
    style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  if (rows.length === 0) sheet.addRow(['No changes match these filters']);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: WIDTHS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The filtered audit trail as a CSV or Excel file, sent as base64 like the board exports. */
export async function exportAuditTrail(
  db: DbClient,
  organisationId: string,
  { format, ...filters }: TAuditExportInput,
  now: Date,
) {
  const rows = (await allAuditEntries(db, organisationId, filters)).map(auditRowOf);
  const bytes =
    format === 'csv'
      ? Buffer.from(toCsvText(AUDIT_EXPORT_HEADER, rows), 'utf8')
      : await toXlsx(rows, now);
  return {
    filename: `audit-trail-${toIsoDay(now)}.${format}`,
    mimeType: MIME_TYPES[format],
    base64: bytes.toString('base64'),
  };
}
