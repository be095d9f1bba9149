import type { Rag } from '@belonging/domain';
import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ragWord } from '../format.ts';
import { RAG_COLOURS } from '../rag-colours.ts';
import { splitByScript } from '../script-runs.ts';

// Word chooses a font per character class itself; these hints name a font that has the letters of
// each class: Noto Sans for Latin, Greek and Cyrillic, Arabic as complex script, Chinese as East Asian.
export const WORD_FONT = {
  ascii: 'Noto Sans',
  hAnsi: 'Noto Sans',
  cs: 'Noto Sans Arabic',
  eastAsia: 'Noto Sans SC',
} as const;
export const WORD_LANGUAGE = { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } as const;
export const MUTED = '4C6272';

export type TRunStyle = { bold?: boolean; color?: string; size?: number; italics?: boolean };

/** Text as runs by script: Arabic runs are marked right to left, Chinese hinted East Asian. */
export function runs(text: string, style: TRunStyle = {}): TextRun[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) =>
    splitByScript(line).map(
      (run, j) =>
        new TextRun({
          text: run.text,
          break: i > 0 && j === 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italics,
          color: style.color,
          size: style.size,
          rightToLeft: run.script === 'arabic' ? true : undefined,
          font: run.script === 'cjk' ? { ...WORD_FONT, hint: 'eastAsia' } : undefined,
        }),
    ),
  );
}

export function para(text: string, style: TRunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, style), spacing: { after: 120 } });
}

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  const headingLevel = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
    level - 1
  ];
  return new Paragraph({ heading: headingLevel, children: runs(text), pageBreakBefore });
}

export type TWordCell = { text: string; bold?: boolean; rag?: Rag | null; right?: boolean };

export const ragCell = (rag: Rag | null): TWordCell =>
  rag ? { text: ragWord(rag), bold: true, rag } : { text: '-' };

function cell(c: TWordCell, width: number, isHeader: boolean): TableCell {
  const fill = isHeader ? 'E8EDEE' : c.rag ? RAG_COLOURS[c.rag].fill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: fill ? { fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: c.right ? 'right' : undefined,
        children: runs(c.text, {
          bold: isHeader || c.bold,
          color: c.rag ? RAG_COLOURS[c.rag].text : undefined,
        }),
      }),
    ],
  });
}

/**
 * A table whose first row is a real header row (repeated on each page); with `rowHeaders` the
 * first cell of each row is set bold as its label.
 */
export function table({
  widths,
  header,
  rows,
  rowHeaders = false,
}: {
  widths: number[];
  header?: string[];
  rows: TWordCell[][];
  rowHeaders?: boolean;
}): Table {
  const width = (i: number) => widths[i] ?? 10;
  const headerRow = header
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((text, i) => cell({ text }, width(i), true)),
        }),
      ]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...headerRow,
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((c, i) =>
              cell(rowHeaders && i === 0 ? { ...c, bold: true } : c, width(i), false),
            ),
          }),
      ),
    ],
  });
}

export const labelled = (rows: [string, string][]): TWordCell[][] =>
  rows.map(([label, value]) => [{ text: label }, { text: value }]);

/** A little space after a table, which Word otherwise glues to the next paragraph. */
export const gap = () => new Paragraph({ children: [], spacing: { after: 120 } });
