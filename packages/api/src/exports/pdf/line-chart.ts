import { useFont } from './fonts.ts';
import { INK, struct, type TDoc, type TStruct } from './writer.ts';

export type TChartLine = {
  values: (number | null)[];
  colour: string;
  dash?: number;
  markers?: boolean;
};
export type TChartRule = { value: number; label: string; colour: string; dash?: number };
export type TChartMark = { index: number; shape: 'square' | 'diamond' | 'triangle' };

export type TLineChart = {
  title: string;
  alt: string;
  /** The first and last period, written under the axis. */
  xLabels: [string, string];
  lines: TChartLine[];
  rules: TChartRule[];
  marks?: TChartMark[];
  format: (value: number) => string;
  /** Words under the plot that say which line is which by its style, never by colour alone. */
  key: string;
};

const AXIS = 34;

/** A small line chart in vector paths, tagged as a Figure with the chart's data in its alt text. */
export function drawLineChart(
  doc: TDoc,
  parent: TStruct,
  chart: TLineChart,
  box: { x: number; y: number; width: number; height: number },
): void {
  const values = [
    ...chart.lines.flatMap((l) => l.values.filter((v): v is number => v !== null)),
    ...chart.rules.map((r) => r.value),
  ];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  const pad = high === low ? Math.abs(high) * 0.1 || 1 : (high - low) * 0.08;
  low -= pad;
  high += pad;
  const plot = {
    x: box.x + AXIS,
    y: box.y + 14,
    width: box.width - AXIS - 4,
    height: box.height - 40,
  };
  const count = Math.max(...chart.lines.map((l) => l.values.length), 1);
  const px = (i: number) =>
    plot.x + (count === 1 ? plot.width / 2 : (i * plot.width) / (count - 1));
  const py = (v: number) => plot.y + plot.height - ((v - low) / (high - low)) * plot.height;

  const draw = () => {
    doc.save();
    useFont(doc, 'Sans-Bold');
    doc
      .fontSize(8)
      .fillColor(INK.text)
      .text(chart.title, box.x, box.y, { width: box.width, lineBreak: false });
    useFont(doc, 'Sans');
    doc.fontSize(6.5).fillColor(INK.muted);
    doc.text(chart.format(high - pad), box.x, py(high - pad) - 3, {
      width: AXIS - 3,
      align: 'right',
      lineBreak: false,
    });
    doc.text(chart.format(low + pad), box.x, py(low + pad) - 3, {
      width: AXIS - 3,
      align: 'right',
      lineBreak: false,
    });
    doc.text(chart.xLabels[0], plot.x, plot.y + plot.height + 3, { lineBreak: false });
    doc.text(chart.xLabels[1], plot.x, plot.y + plot.height + 3, {
      width: plot.width,
      align: 'right',
      lineBreak: false,
    });
    doc.rect(plot.x, plot.y, plot.width, plot.height).lineWidth(0.5).stroke(INK.rule);
    for (const rule of chart.rules) {
      const y = py(rule.value);
      doc
        .moveTo(plot.x, y)
        .lineTo(plot.x + plot.width, y)
        .lineWidth(0.8);
      if (rule.dash) doc.dash(rule.dash, { space: rule.dash });
      doc.stroke(rule.colour).undash();
      doc.fillColor(rule.colour).text(rule.label, plot.x + 2, y - 8, { lineBreak: false });
    }
    for (const line of chart.lines) {
      let started = false;
      line.values.forEach((v, i) => {
        if (v === null) return void (started = false);
        if (started) doc.lineTo(px(i), py(v));
        else doc.moveTo(px(i), py(v));
        started = true;
      });
      doc.lineWidth(1.4);
      if (line.dash) doc.dash(line.dash, { space: line.dash });
      doc.stroke(line.colour).undash();
      if (line.markers)
        line.values.forEach((v, i) => {
          if (v !== null) doc.circle(px(i), py(v), 1.8).fill(line.colour);
        });
    }
    for (const mark of chart.marks ?? []) {
      const v = chart.lines[0]?.values[mark.index];
      if (v === null || v === undefined) continue;
      const [x, y] = [px(mark.index), py(v)];
      if (mark.shape === 'square') doc.rect(x - 3.2, y - 3.2, 6.4, 6.4);
      else if (mark.shape === 'diamond')
        doc.polygon([x, y - 4.2], [x + 4.2, y], [x, y + 4.2], [x - 4.2, y]);
      else doc.polygon([x, y - 4.2], [x + 4, y + 3], [x - 4, y + 3]);
      doc.lineWidth(1).fillAndStroke('#FFFFFF', INK.text);
    }
    doc
      .fontSize(6.5)
      .fillColor(INK.muted)
      .text(chart.key, box.x, plot.y + plot.height + 12, { width: box.width });
    doc.restore();
  };
  const bbox: [number, number, number, number] = [
    box.x,
    box.y,
    box.x + box.width,
    box.y + box.height,
  ];
  parent.add(struct(doc, 'Figure', { alt: chart.alt, bbox, placement: 'Block' }, draw));
}
