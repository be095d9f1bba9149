// What kind of file an upload is, decided by its extension AND its first bytes, and where each
// required column sits in its header. Nothing here reads past the header.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { WORKFORCE_COLUMNS, notCsvMessage, type TWorkforceFile } from '@belonging/domain';
import { WorkforceFileError } from './errors.ts';

export type TWorkforceSource = { path: string; fileName: string };

export type TCsvLayout = {
  format: 'csv';
  delimiter: string;
  encoding: 'utf-8' | 'latin-1';
  /** One name per header field: the canonical column, or `extra_<i>` for a column we ignore. */
  names: string[];
};
export type TXlsxLayout = { format: 'xlsx' };
export type TLayout = TCsvLayout | TXlsxLayout;

const SNIFF_BYTES = 64 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DELIMITERS = [',', ';', '\t', '|'];

/** `Person ID`, `PERSON_ID` and `person-id` are all person_id. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Splits one CSV line on `delimiter`, honouring double quotes. */
function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** The delimiter that splits the header into the most fields (a comma when none does). */
function detectDelimiter(header: string): string {
  let best = ',';
  let bestCount = 1;
  for (const delimiter of DELIMITERS) {
    const count = splitCsvLine(header, delimiter).length;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Throws unless every required column of `kind` is among `headers`, naming the missing ones. */
export function requireColumns(kind: TWorkforceFile, headers: string[], fileName: string): void {
  const missing = WORKFORCE_COLUMNS[kind].filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw new WorkforceFileError(
      `${fileName} is missing the ${missing.length === 1 ? 'column' : 'columns'} ${list} (a ${kind} file needs ${WORKFORCE_COLUMNS[kind].join(', ')})`,
      fileName,
    );
  }
}

/** Gives each header field its canonical name; repeated or unknown columns are ignored. */
export function nameColumns(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    if (header === '' || seen.has(header) || !/^[a-z_]+$/.test(header)) return `extra_${i}`;
    seen.add(header);
    return header;
  });
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // `stream: true` forgives a character cut in half at the end of the sniffed bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function inspectCsv(head: Uint8Array, kind: TWorkforceFile, fileName: string): TCsvLayout {
  // The admin app's import and upload pages say the same words, from the same rule.
  const notCsv = notCsvMessage(head, fileName);
  if (notCsv) throw new WorkforceFileError(notCsv, fileName);
  const encoding = isUtf8(head) ? 'utf-8' : 'latin-1';
  const text = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'latin1').decode(head);
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (header === undefined) throw new WorkforceFileError(`${fileName} is empty`, fileName);
  const delimiter = detectDelimiter(header);
  const names = nameColumns(splitCsvLine(header, delimiter).map(normaliseHeader));
  requireColumns(kind, names, fileName);
  return { format: 'csv', delimiter, encoding, names };
}

/** Reads the first bytes and the header: the layout DuckDB is then told, or a WorkforceFileError. */
export async function inspectSource(source: TWorkforceSource, kind: TWorkforceFile) {
  const { fileName } = source;
  const extension = extname(fileName).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new WorkforceFileError(`${fileName} is not a CSV or XLSX file`, fileName);
  }
  const handle = await open(source.path, 'r');
  let head: Uint8Array;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length === 0) throw new WorkforceFileError(`${fileName} is empty`, fileName);
  if (extension === '.csv') return inspectCsv(head, kind, fileName);
  if (!ZIP_MAGIC.every((byte, i) => head[i] === byte)) {
    throw new WorkforceFileError(`${fileName} is not an XLSX file`, fileName);
  }
  return { format: 'xlsx' } satisfies TLayout as TLayout;
}
