import type { Rag } from '@belonging/domain';
import { RAG_COLOURS } from '../rag-colours.ts';
import {
  BOTTOM_MARGIN,
  INK,
  MARGIN,
  PAGE_HEIGHT,
  decorate,
  drawText,
  struct,
  textHeight,
  type TDoc,
  type TStruct,
} from './writer.ts';

export type TCell = {
  text: string;
  bold?: boolean;
  /** Fills the cell in the colour's pale tint; the text still says the colour's word. */
  rag?: Rag | null;
  align?: 'left' | 'right';
  indent?: number;
};

export type TTable = {
  widths: number[];
  /** Column headings, repeated (as an artifact) at the top of each further page. */
  header?: string[];
  rows: TCell[][];
  /** The first cell of each row heads its row (a label and value table). */
  rowHeaders?: boolean;
  size?: number;
};

const PAD = 4;
const HEADER_FILL = '#E8EDEE';

const asCell = (text: string): TCell => ({ text, bold: true });

/**
 * A table tagged as Table, TR, TH (with its scope) and TD. Fills and borders are artifacts; a
 * row never splits across pages.
 */
export function drawTable(doc: TDoc, parent: TStruct, table: TTable): void {
  const size = table.size ?? 9;
  const lefts = table.widths.map(
    (_, i) => MARGIN + table.widths.slice(0, i).reduce((a, b) => a + b, 0),
  );
  const inner = (i: number, cell: TCell) => (table.widths[i] ?? 0) - 2 * PAD - (cell.indent ?? 0);
  const heightOf = (cells: TCell[]) =>
    Math.max(
      ...cells.map((c, i) => textHeight(doc, c.text, inner(i, c), { size, bold: c.bold ?? false })),
    ) +
    2 * PAD;

  const tableStruct = struct(doc, 'Table', {});
  parent.add(tableStruct);

  const drawRow = (cells: TCell[], isHeader: boolean, tagged: boolean) => {
    const y = doc.y;
    const height = heightOf(cells);
    decorate(doc, () => {
      cells.forEach((cell, i) => {
        const x = lefts[i] ?? MARGIN;
        const width = table.widths[i] ?? 0;
        const fill = isHeader ? HEADER_FILL : cell.rag ? `#${RAG_COLOURS[cell.rag].fill}` : null;
        if (fill) doc.rect(x, y, width, height).fill(fill);
        doc.rect(x, y, width, height).lineWidth(0.5).stroke(INK.rule);
      });
    });
    const row = tagged ? struct(doc, 'TR', {}) : null;
    if (row) tableStruct.add(row);
    cells.forEach((cell, i) => {
      const draw = () =>
        drawText(
          doc,
          cell.text,
          (lefts[i] ?? MARGIN) + PAD + (cell.indent ?? 0),
          y + PAD,
          inner(i, cell),
          {
            size,
            bold: cell.bold ?? false,
            color: cell.rag ? `#${RAG_COLOURS[cell.rag].text}` : INK.text,
            align: cell.align ?? 'left',
          },
        );
      if (!row) {
        doc.markContent('Artifact', { type: 'Pagination' });
        draw();
        doc.endMarkedContent();
        return;
      }
      const isRowHeader = !isHeader && table.rowHeaders === true && i === 0;
      const type = isHeader || isRowHeader ? 'TH' : 'TD';
      const scope = isHeader ? 'Column' : isRowHeader ? 'Row' : undefined;
      row.add(struct(doc, type, scope ? { scope } : {}, draw));
    });
    row?.end();
    doc.x = MARGIN;
    doc.y = y + height;
  };

  const header = table.header?.map(asCell);
  const bottom = PAGE_HEIGHT - BOTTOM_MARGIN;
  const first = table.rows[0];
  if (doc.y + (header ? heightOf(header) : 0) + (first ? heightOf(first) : 0) > bottom)
    doc.addPage();
  if (header) drawRow(header, true, true);
  for (const cells of table.rows) {
    if (doc.y + heightOf(cells) > bottom) {
      doc.addPage();
      if (header) drawRow(header, true, false);
    }
    drawRow(cells, false, true);
  }
  tableStruct.end();
  doc.x = MARGIN;
  doc.y += 8;
}
