import { nonAdverseBandWords } from '@belonging/domain';
import { Paragraph, type Table } from 'docx';
import { ChartRun, type ChartLineDash } from 'docx/charts';
import { spcChart, trendChart, type TChartData, type TLineStyle } from '../chart-data.ts';
import { formatDay, formatGap, formatValue, movementWord, type TReportKpi } from '../format.ts';
import { kpiFactRows, spcAlt, trendAlt } from '../paper-words.ts';
import type { TBoardPaperInput } from '../paper-types.ts';
import { MUTED, gap, heading, labelled, para, ragCell, table } from './blocks.ts';

// Word draws each chart itself from its data (a native line chart, with the data in an embedded
// workbook), so no picture has to be rendered here and no canvas is needed on the server.

const LINES: Record<TLineStyle, { color: string; dash: ChartLineDash; width: number }> = {
  values: { color: '005EB8', dash: 'solid', width: 2 },
  expected: { color: '4C6272', dash: 'dash', width: 1.5 },
  target: { color: '00401E', dash: 'shortDot', width: 1.5 },
  mean: { color: '768692', dash: 'solid', width: 1 },
  limit: { color: '6B140E', dash: 'longDash', width: 1 },
};

function lineChart(data: TChartData, alt: string): Paragraph {
  return new Paragraph({
    children: [
      new ChartRun({
        type: 'line',
        title: data.title,
        categories: data.categories,
        series: data.lines.map((l) => ({
          name: l.name,
          values: l.values,
          line: LINES[l.style],
          markers: l.style === 'values' ? { shape: 'circle', size: 5 } : false,
        })),
        legend: { position: 'bottom' },
        transformation: { width: 600, height: 260 },
        altText: { name: data.title, description: alt, title: data.title },
      }),
    ],
  });
}

function oneKpi(kpi: TReportKpi, input: TBoardPaperInput): (Paragraph | Table)[] {
  const series = input.meta.kpiSeries[kpi.id];
  const charts =
    series && series.points.length > 0
      ? [
          lineChart(trendChart(kpi, series), trendAlt(kpi, series)),
          para(trendChart(kpi, series).key, { color: MUTED }),
          lineChart(spcChart(kpi, series), spcAlt(kpi, series)),
          para(
            'Special cause points: ' +
              (series.points
                .filter((p) => p.special)
                .map((p) => `${formatDay(p.periodEnd)} (${p.special})`)
                .join('; ') || 'none'),
            { color: MUTED },
          ),
        ]
      : [para('No values recorded up to the report date: no chart.', { color: MUTED })];
  return [
    heading(2, `${kpi.code}: ${kpi.title}`),
    ...charts,
    table({
      widths: [30, 70],
      header: ['Measure', 'Value'],
      rows: labelled(kpiFactRows(kpi, series)),
      rowHeaders: true,
    }),
    gap(),
  ];
}

export function kpiBlocks(input: TBoardPaperInput): (Paragraph | Table)[] {
  const { report } = input;
  if (report.kpis.length === 0)
    return [heading(1, 'Key performance indicators', true), para('No KPIs in this strategy.')];
  return [
    heading(1, 'Key performance indicators', true),
    para(
      'Gap is the distance from the expected value: + when better than expected, - when worse.',
      {
        color: MUTED,
      },
    ),
    table({
      widths: [10, 26, 9, 11, 8, 8, 10, 7, 11],
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
        { text: k.code },
        { text: k.isDemoData ? `${k.title} (demo data)` : k.title },
        ragCell(k.rag),
        { text: movementWord(k.movement) },
        { text: formatValue(k.actual, k.unit), right: true },
        { text: formatValue(k.expected, k.unit), right: true },
        { text: nonAdverseBandWords(k) ?? formatValue(k.target, k.unit), right: true },
        { text: formatGap(k.gap, k.unit), right: true },
        { text: k.periodEnd ? `${formatDay(k.periodEnd)}${k.stale ? ' (stale)' : ''}` : 'No data' },
      ]),
      rowHeaders: true,
    }),
    gap(),
    ...report.kpis.flatMap((k) => oneKpi(k, input)),
  ];
}
