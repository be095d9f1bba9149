// What the apps check of a chosen file before sending anything, and the servers check again: how
// large it may be, and whether a ".csv" is text at all. One set of limits and words for both.

const MB = 1024 * 1024;

/**
 * The largest measurement file the import takes. The import is committed in one request, so this
 * keeps the rows (with their JSON overhead) well inside the API's body limit below.
 */
export const IMPORT_MAX_FILE_BYTES = 5 * MB;
/** The most one API request may carry: the server refuses larger bodies. */
export const API_MAX_BODY_BYTES = 8 * MB;
/** A trust of 50,000 staff is ~10 MB of CSV: 100 MB leaves room for XLSX and recruitment. */
export const WORKFORCE_MAX_UPLOAD_BYTES = 100 * MB;
/** How much of a file's start is read to tell text from a binary file. */
export const FILE_SNIFF_BYTES = 8 * 1024;

/** "20.4 MB", "512 KB", "300 bytes": a size rounded up, so a file just over a limit never reads as equal to it. */
export function describeFileSize(bytes: number): string {
  const up = (n: number) => (Math.ceil(n * 10) / 10).toLocaleString('en-GB');
  if (bytes >= MB) return `${up(bytes / MB)} MB`;
  if (bytes >= 1024) return `${up(bytes / 1024)} KB`;
  return `${bytes.toLocaleString('en-GB')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** Null when the file fits; otherwise "The file is 20.4 MB; the largest file you can import is 5 MB". */
export function fileSizeProblem(
  bytes: number,
  limit: number,
  { subject = 'The file', verb = 'import' }: { subject?: string; verb?: string } = {},
): string | null {
  if (bytes <= limit) return null;
  return `${subject} is ${describeFileSize(bytes)}; the largest file you can ${verb} is ${describeFileSize(limit)}`;
}

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  bytes.every((b, i) => head[i] === b);

/** Whether the bytes are UTF-8; a character cut off by the end of the sniffed bytes is forgiven. */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Control bytes no spreadsheet's CSV holds: everything below a space except tab, LF, FF and CR. */
const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;

/**
 * Null when the first bytes of a file read as CSV text (UTF-8, or the Windows encoding Excel saves
 * "CSV" in); otherwise why not: a workbook or PDF renamed .csv, or bytes that are not text.
 */
export function notCsvReason(head: Uint8Array): string | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
    return 'it is an Excel workbook (.xlsx) or another zipped file. Open it in Excel and save it as CSV, or upload the .xlsx file';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'it is an older Excel workbook (.xls). Open it in Excel and save it as CSV or .xlsx';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'it is a PDF. Upload the data as CSV';
  // A NUL never appears in text; other control bytes in a file that is not UTF-8 mean binary data.
  if (head.includes(0) || (!isUtf8(head) && head.some(isControl)))
    return 'it holds binary data, not text. Save it from your spreadsheet as CSV and try again';
  return null;
}

/** "This is not a CSV file: it is a PDF…", or null when the bytes read as text. */
export function notCsvMessage(head: Uint8Array, subject = 'This'): string | null {
  const reason = notCsvReason(head);
  return reason ? `${subject} is not a CSV file: ${reason}.` : null;
}

/** The encoding to read a CSV's text with: UTF-8, or Windows-1252 (Excel's "CSV" on Windows). */
export function csvTextEncoding(head: Uint8Array): 'utf-8' | 'windows-1252' {
  return isUtf8(head) ? 'utf-8' : 'windows-1252';
}

/** What the API answers a body over its limit with (tRPC's own words are "PAYLOAD_TOO_LARGE"). */
export const REQUEST_TOO_LARGE_MESSAGE = `The data sent is larger than ${describeFileSize(API_MAX_BODY_BYTES)}, the most the server takes at once. Split the file into smaller files.`;
