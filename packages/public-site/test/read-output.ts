// Readers for what the public site writes, shared by its tests and the server's: the bundle's
// files, a CSV's cells, and a page's headings in order.
import { unzipSync } from 'fflate';

/** Every file in a bundle, by name, as text (a CSV keeps its BOM). */
export function readBundle(bytes: Uint8Array): Record<string, string> {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, utf8.decode(data)]),
  );
}

/** RFC 4180 cells (quotes, doubled quotes, CRLF), the BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The page's headings as [level, text], in document order (svg titles are not headings). */
export function headingsOf(page: string): [number, string][] {
  return [...page.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => [
    Number(m[1]),
    (m[2] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]);
}

/** The markup with whitespace between tags dropped and other runs of it as one space. */
export function flatMarkup(page: string): string {
  return page
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s*\/>/g, '>')
    .replace(/\s+>/g, '>')
    .replace(/<([a-z0-9]+)\s+/gi, '<$1 ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** What a reader sees: tags dropped, entities read, whitespace collapsed. */
export function visibleText(page: string): string {
  return page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/ ([:.,])/g, '$1')
    .trim();
}
