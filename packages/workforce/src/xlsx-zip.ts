// exceljs's streaming reader parks a worksheet in a temp file when the zip stores it before the
// shared strings, as Excel does. A temp file of staff rows must not exist, so we read the zip's
// directory ourselves and hand exceljs the entries it needs in the order it can stream.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';

type TZipEntry = { name: string; offset: number; method: number; size: number; end: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The entries of a zip from its central directory; each `end` is where its bytes stop. */
async function readDirectory(file: FileHandle, fileSize: number): Promise<TZipEntry[] | null> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(file, fileSize - tailLength, tailLength);
  let at = tail.length - 22;
  while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
  if (at < 0) return null;
  const count = tail.readUInt16LE(at + 10);
  const directoryOffset = tail.readUInt32LE(at + 16);
  const directory = await readAt(file, directoryOffset, tail.readUInt32LE(at + 12));
  const entries: TZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = directory.readUInt16LE(p + 28);
    entries.push({
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      method: directory.readUInt16LE(p + 10),
      size: directory.readUInt32LE(p + 20),
      offset: directory.readUInt32LE(p + 42),
      end: directoryOffset,
    });
    p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  byOffset.forEach((entry, i) => (entry.end = byOffset[i + 1]?.offset ?? directoryOffset));
  return entries;
}

/** The text of a small entry (workbook.xml, its relationships). */
async function readText(file: FileHandle, entry: TZipEntry): Promise<string> {
  const header = await readAt(file, entry.offset, 30);
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(file, start, entry.size);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

/** The zip path of the workbook's first worksheet, from workbook.xml and its relationships. */
function firstSheetPath(workbookXml: string, relsXml: string): string | null {
  const sheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbookXml)?.[0];
  const relId = sheet && /\s\w+:id="([^"]+)"/.exec(sheet)?.[1];
  if (!relId) return null;
  const rel = [...relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${relId}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

export type TOrderedWorkbook = { stream: Readable; hasSharedStrings: boolean };

/**
 * A zip stream holding, in this order, the workbook's relationships, workbook.xml, the shared
 * strings and the first worksheet, copied byte for byte; null when the file is not a workbook.
 */
export async function orderWorkbookForStreaming(path: string): Promise<TOrderedWorkbook | null> {
  const file = await open(path, 'r');
  let parts: TZipEntry[];
  let hasSharedStrings: boolean;
  try {
    const entries = await readDirectory(file, (await file.stat()).size);
    const find = (name: string) => entries?.find((e) => e.name === name);
    const rels = find('xl/_rels/workbook.xml.rels');
    const workbook = find('xl/workbook.xml');
    if (!rels || !workbook) return null;
    const sheetPath = firstSheetPath(await readText(file, workbook), await readText(file, rels));
    const sheet = sheetPath ? find(sheetPath) : undefined;
    if (!sheet) return null;
    const shared = find('xl/sharedStrings.xml');
    hasSharedStrings = shared !== undefined;
    parts = [rels, workbook, ...(shared ? [shared] : []), sheet];
  } finally {
    await file.close();
  }
  async function* bytes() {
    for (const part of parts) {
      if (part.end > part.offset) {
        yield* createReadStream(path, { start: part.offset, end: part.end - 1 });
      }
    }
  }
  return { stream: Readable.from(bytes()), hasSharedStrings };
}
