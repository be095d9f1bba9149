import { nonAdverseBandWords } from '@belonging/domain';
import { spcChart, trendChart, type TChartData, type TLineStyle } from '../chart-data.ts';
import {
  formatDay,
  formatGap,
  formatValue,
  movementWord,
  ragWord,
  type TReportKpi,
} from '../format.ts';
import { kpiFactRows, spcAlt, trendAlt } from '../paper-words.ts';
import type { TBoardPaperInput, TKpiSeries } from '../paper-types.ts';
import { drawLineChart, type TChartMark, type TLineChart } from './line-chart.ts';
import { drawTable } from './table.ts';
import {
  CONTENT_WIDTH,
  INK,
  MARGIN,
  ensureSpace,
  heading,
  paragraph,
  type TDoc,
  type TStruct,
} from './writer.ts';

const CHART_HEIGHT = 150;
const STYLES: Record<TLineStyle, { colour: string; dash?: number; markers?: boolean }> = {
  values: { colour: INK.blue, markers: true },
  expected: { colour: '#4C6272', dash: 3 },
  target: { colour: '#00401E', dash: 1.2 },
  mean: { colour: '#768692' },
  limit: { colour: '#6B140E', dash: 4 },
};
const MARK_SHAPES = { concern: 'square', improvement: 'diamond', neither: 'triangle' } as const;

function toLineChart(
  kpi: TReportKpi,
  data: TChartData,
  alt: string,
  marks: TChartMark[] = [],
): TLineChart {
  const isLevel = (style: TLineStyle) =>
    style === 'target' || style === 'mean' || style === 'limit';
  return {
    title: data.title,
    alt,
    xLabels: [data.categories[0] ?? '', data.categories.at(-1) ?? ''],
    lines: data.lines
      .filter((l) => !isLevel(l.style))
      .map((l) => ({ values: l.values, ...STYLES[l.style] })),
    rules: data.lines
      .filter((l) => isLevel(l.style))
      .map((l) => ({
        value: l.values[0] ?? 0,
        label: l.name,
        colour: STYLES[l.style].colour,
        dash: STYLES[l.style].dash,
      })),
    marks,
    format: (v) => formatValue(v, kpi.unit),
    key: data.key,
  };
}

function kpiCharts(doc: TDoc, root: TStruct, kpi: TReportKpi, series: TKpiSeries) {
  ensureSpace(doc, CHART_HEIGHT + 10);
  const y = doc.y;
  const width = (CONTENT_WIDTH - 12) / 2;
  const marks = series.points.flatMap((p, index) =>
    p.special ? [{ index, shape: MARK_SHAPES[p.special] }] : [],
  );
  drawLineChart(doc, root, toLineChart(kpi, trendChart(kpi, series), trendAlt(kpi, series)), {
    x: MARGIN,
    y,
    width,
    height: CHART_HEIGHT,
  });
  drawLineChart(doc, root, toLineChart(kpi, spcChart(kpi, series), spcAlt(kpi, series), marks), {
    x: MARGIN + width + 12,
    y,
    width,
    height: CHART_HEIGHT,
  });
  doc.x = MARGIN;
  doc.y = y + CHART_HEIGHT + 8;
}

/** The KPI table, then each KPI's trend and SPC charts with the numbers beside them. */
export function kpiSections(doc: TDoc, root: TStruct, { report, meta }: TBoardPaperInput) {
  doc.addPage();
  heading(doc, root, 1, 'Key performance indicators');
  paragraph(
    doc,
    root,
    'Gap is the distance from the expected value: + when better than expected, - when worse. SPC icons need at least the minimum number of points.',
    { size: 9, color: INK.muted },
  );
  if (report.kpis.length === 0)
    return paragraph(doc, root, 'No KPIs in this strategy.', { color: INK.muted });
  drawTable(doc, root, {
    widths: [46, CONTENT_WIDTH - 382, 40, 60, 38, 44, 48, 36, 70],
    header: [
      'Code',
      'KPI',
      'Colour',
      'Movement',
      'Actual',
      'Expected',
      'Target',
      'Gap',
      'Latest value for',
    ],
    rows: report.kpis.map((k) => [
      { text: k.code, bold: true },
      { text: k.isDemoData ? `${k.title} (demo data)` : k.title },
      { text: ragWord(k.rag), bold: true, rag: k.rag },
      { text: movementWord(k.movement) },
      { text: formatValue(k.actual, k.unit), align: 'right' },
      { text: formatValue(k.expected, k.unit), align: 'right' },
      { text: nonAdverseBandWords(k) ?? formatValue(k.target, k.unit), align: 'right' },
      { text: formatGap(k.gap, k.unit), align: 'right' },
      { text: k.periodEnd ? `${formatDay(k.periodEnd)}${k.stale ? ' (stale)' : ''}` : 'No data' },
    ]),
    rowHeaders: true,
    size: 8,
  });
  for (const kpi of report.kpis) {
    heading(doc, root, 2, `${kpi.code}: ${kpi.title}`, CHART_HEIGHT + 20);
    const series = meta.kpiSeries[kpi.id];
    if (series && series.points.length > 0) kpiCharts(doc, root, kpi, series);
    else
      paragraph(doc, root, 'No values recorded up to the report date: no chart.', {
        color: INK.muted,
      });
    drawTable(doc, root, {
      widths: [130, CONTENT_WIDTH - 130],
      rows: kpiFactRows(kpi, series).map(([label, value]) => [
        { text: label, bold: true },
        { text: value },
      ]),
      rowHeaders: true,
      size: 8.5,
    });
  }
}
