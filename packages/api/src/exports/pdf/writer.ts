import { splitByScript } from '../script-runs.ts';
import { fontFor, useFont } from './fonts.ts';

// The few drawing habits every section shares: text set run by run in the font of its script,
// headings and paragraphs as structure elements, and a page break before anything that won't fit.

export type TDoc = PDFKit.PDFDocument;
export type TStruct = PDFKit.PDFStructureElement;

export const MARGIN = 48;
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const BOTTOM_MARGIN = 60;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const INK = { text: '#212B32', muted: '#4C6272', blue: '#005EB8', rule: '#AEB7BD' };

export type TTextStyle = {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center';
};

/** What pdfkit's struct() takes beyond its typings: table header scope, figure bounding box. */
type TStructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column';
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
};

export function struct(doc: TDoc, type: string, options: TStructOptions, draw?: () => void) {
  // With children pdfkit ends the element at once; without, it stays open for add().
  return draw ? doc.struct(type, options, [draw]) : doc.struct(type, options);
}

/** Draws text at a place, each run of one script in the font that has its letters. */
export function drawText(
  doc: TDoc,
  text: string,
  x: number,
  y: number,
  width: number,
  { size = 10, bold = false, color = INK.text, align = 'left' }: TTextStyle = {},
): void {
  const runs = splitByScript(text);
  doc.fontSize(size).fillColor(color);
  runs.forEach((run, i) => {
    useFont(doc, fontFor(run.script, bold));
    const options = { width, align, lineGap: 1, continued: i < runs.length - 1 };
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

/** The height text takes; mixed scripts are measured by their runs' widths in their own fonts. */
export function textHeight(doc: TDoc, text: string, width: number, style: TTextStyle = {}) {
  const runs = splitByScript(text);
  const bold = style.bold ?? false;
  doc.fontSize(style.size ?? 10);
  useFont(doc, fontFor(runs[0]?.script ?? 'latin', bold));
  const single = doc.heightOfString(text || ' ', { width, lineGap: 1 });
  if (runs.length <= 1) return single;
  let total = 0;
  for (const run of runs) {
    useFont(doc, fontFor(run.script, bold));
    total += doc.widthOfString(run.text);
  }
  const lineHeight = doc.currentLineHeight(true) + 1;
  const lines = Math.ceil((total * 1.05) / width) + (text.match(/\n/g)?.length ?? 0);
  return Math.max(single, lines * lineHeight);
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function ensureSpace(doc: TDoc, height: number): void {
  if (doc.y + height > PAGE_HEIGHT - BOTTOM_MARGIN) doc.addPage();
  doc.x = MARGIN;
}

const HEADING_SIZES = { 1: 16, 2: 12.5, 3: 10.5 } as const;

/** A heading as an H1–H3 element, kept with at least `keep` points of what follows. */
export function heading(doc: TDoc, parent: TStruct, level: 1 | 2 | 3, text: string, keep = 60) {
  const style = {
    size: HEADING_SIZES[level],
    bold: true,
    color: level === 1 ? INK.blue : INK.text,
  };
  doc.y += level === 1 ? 0 : 6;
  ensureSpace(doc, textHeight(doc, text, CONTENT_WIDTH, style) + keep);
  const y = doc.y;
  parent.add(
    struct(doc, `H${level}`, {}, () => drawText(doc, text, MARGIN, y, CONTENT_WIDTH, style)),
  );
  doc.x = MARGIN;
  doc.y += 6;
}

/** A paragraph as a P element; blank lines in the text start new paragraphs. */
export function paragraph(doc: TDoc, parent: TStruct, text: string, style: TTextStyle = {}) {
  for (const part of text.split(/\n\s*\n/)) {
    const body = part.trim();
    if (!body) continue;
    ensureSpace(doc, Math.min(textHeight(doc, body, CONTENT_WIDTH, style), 120));
    const y = doc.y;
    parent.add(struct(doc, 'P', {}, () => drawText(doc, body, MARGIN, y, CONTENT_WIDTH, style)));
    doc.x = MARGIN;
    doc.y += 5;
  }
}

/** Draws decoration (fills, rules, borders) marked as an artifact, outside the structure. */
export function decorate(doc: TDoc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}
