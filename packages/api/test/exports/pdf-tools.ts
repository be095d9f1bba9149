import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Reads our PDFs back the way a reader would, with poppler's pdftotext and pdfinfo (Debian
// poppler-utils; .ci/run installs it), and pulls the figures' alternative text from the file.

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'board-paper-'));
  const file = join(dir, 'paper.pdf');
  try {
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `${tool} is not installed: the PDF tests read the paper back with poppler-utils ` +
          '(apt-get install -y poppler-utils)',
        { cause: error },
      );
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text as pdftotext extracts it, without the direction marks it puts around right-to-left
 * runs, and with runs of spaces made one.
 */
export function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', ['-enc', 'UTF-8'], pdf)
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** pdfinfo's fields, such as Tagged, Title and Pages. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of poppler('pdfinfo', [], pdf).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1]] = match[2];
  }
  return fields;
}

/** The logical structure tree as pdfinfo -struct prints it. */
export function pdfStructure(pdf: Buffer): string {
  return poppler('pdfinfo', ['-struct'], pdf);
}

function literalString(raw: string): string {
  const bytes = raw.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
    /^[0-7]/.test(c)
      ? String.fromCharCode(parseInt(c, 8))
      : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[c] ?? c),
  );
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  const utf16 = Buffer.from(bytes.slice(2), 'latin1').swap16();
  return utf16.toString('utf16le');
}

/** The alternative text of every Figure structure element, in file order. */
export function figureAltTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const alts: string[] = [];
  for (const object of raw.split(/\bendobj\b/)) {
    if (!/\/S \/Figure\b/.test(object)) continue;
    const alt = /\/Alt \(((?:\\.|[^\\)])*)\)/s.exec(object);
    alts.push(alt?.[1] !== undefined ? literalString(alt[1]) : '');
  }
  return alts;
}
