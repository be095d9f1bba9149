import { inflateSync } from 'node:zlib';

// Reads back what our own PDFs say, for tests: pdfkit deflates each page's content stream and writes
// standard-font text as hex strings inside TJ arrays, one WinAnsi byte per character.

// WinAnsi differs from Latin-1 in 0x80–0x9F: the typographic characters our text uses.
const WIN_ANSI: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

function decodeWinAnsi(bytes: Buffer): string {
  return [...bytes].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');
}

/** The number of page objects (`/Type /Page`, not the `/Pages` tree). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** The text drawn on the pages, in drawing order (pdfmake draws word by word, spaces included). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a deflated stream (fonts, metadata): no page text in it
    }
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const pieces = [...(shown[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) =>
        decodeWinAnsi(Buffer.from(hex[1] ?? '', 'hex')),
      );
      lines.push(pieces.join(''));
    }
  }
  return lines.join('');
}
