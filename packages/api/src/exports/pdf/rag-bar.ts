import type { Rag } from '@belonging/domain';
import { ragWord } from '../format.ts';
import { BAR_RAGS } from '../paper-words.ts';
import { RAG_COLOURS } from '../rag-colours.ts';
import { useFont } from './fonts.ts';
import {
  CONTENT_WIDTH,
  INK,
  MARGIN,
  ensureSpace,
  struct,
  type TDoc,
  type TStruct,
} from './writer.ts';

const HEIGHT = 22;
const SIZE = 9;

/**
 * The web app's RagBar on paper: one segment per colour, as long as its count, each labelled with
 * the colour's word and the number, so it reads the same in black and white. A Figure whose
 * alternative text says the counts.
 */
export function drawRagBar(doc: TDoc, parent: TStruct, counts: Record<Rag, number>, alt: string) {
  ensureSpace(doc, HEIGHT + 10);
  const x0 = MARGIN;
  const y = doc.y;
  const shown = BAR_RAGS.filter((rag) => counts[rag] > 0);
  const total = shown.reduce((sum, rag) => sum + counts[rag], 0);
  useFont(doc, 'Sans-Bold');
  doc.fontSize(SIZE);
  const labels = shown.map((rag) => `${ragWord(rag)} ${counts[rag]}`);
  // Every segment is at least as wide as its label; the rest of the bar is shared by count.
  const least = labels.map((label) => doc.widthOfString(label) + 10);
  const spare = Math.max(0, CONTENT_WIDTH - least.reduce((a, b) => a + b, 0));
  const figure = struct(
    doc,
    'Figure',
    { alt, bbox: [x0, y, x0 + CONTENT_WIDTH, y + HEIGHT], placement: 'Block' },
    () => {
      doc.save();
      if (total === 0) {
        doc.rect(x0, y, CONTENT_WIDTH, HEIGHT).lineWidth(0.5).stroke(INK.rule);
        doc.fillColor(INK.muted).text('Nothing rated yet', x0 + 6, y + 6, { lineBreak: false });
      }
      let x = x0;
      shown.forEach((rag, i) => {
        const width = (least[i] ?? 0) + (spare * counts[rag]) / total;
        const colour = RAG_COLOURS[rag];
        doc.rect(x, y, width, HEIGHT).fill(`#${colour.fill}`);
        doc.rect(x, y, width, HEIGHT).lineWidth(0.75).stroke(`#${colour.text}`);
        doc.fillColor(`#${colour.text}`).text(labels[i] ?? '', x + 5, y + 6, { lineBreak: false });
        x += width;
      });
      doc.restore();
    },
  );
  parent.add(figure);
  doc.x = MARGIN;
  doc.y = y + HEIGHT + 6;
}
