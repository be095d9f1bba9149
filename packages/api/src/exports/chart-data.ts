import { formatDay, formatValue, type TReportKpi } from './format.ts';
import type { TKpiSeries } from './paper-types.ts';

// A KPI's two charts as named series, one value per period, drawn alike by the PDF (vector paths)
// and by Word (its own line charts). Targets, means and limits are level lines.

export type TLineStyle = 'values' | 'expected' | 'target' | 'mean' | 'limit';
export type TSeriesLine = { name: string; style: TLineStyle; values: (number | null)[] };
export type TChartData = { title: string; categories: string[]; lines: TSeriesLine[]; key: string };

const level = (series: TKpiSeries, value: number) => series.points.map(() => value);

export function trendChart(kpi: TReportKpi, series: TKpiSeries): TChartData {
  const lines: TSeriesLine[] = [
    { name: 'Values', style: 'values', values: series.points.map((p) => p.value) },
  ];
  if (series.points.some((p) => p.expected !== null))
    lines.push({
      name: 'Expected (trajectory)',
      style: 'expected',
      values: series.points.map((p) => p.expected),
    });
  const fmt = (v: number) => formatValue(v, kpi.unit);
  if (kpi.band) {
    lines.push({
      name: `Band low ${fmt(kpi.band.low)}`,
      style: 'target',
      values: level(series, kpi.band.low),
    });
    lines.push({
      name: `Band high ${fmt(kpi.band.high)}`,
      style: 'target',
      values: level(series, kpi.band.high),
    });
  } else if (kpi.target !== null) {
    lines.push({
      name: `Target ${fmt(kpi.target)}`,
      style: 'target',
      values: level(series, kpi.target),
    });
  }
  return {
    title: `${kpi.code}: trend against trajectory and target`,
    categories: series.points.map((p) => formatDay(p.periodEnd)),
    lines,
    key: 'Solid line with dots: values. Dashed line: expected trajectory. Dotted line: target or band.',
  };
}

export function spcChart(kpi: TReportKpi, series: TKpiSeries): TChartData {
  const fmt = (v: number) => formatValue(v, kpi.unit);
  const lines: TSeriesLine[] = [
    { name: 'Values', style: 'values', values: series.points.map((p) => p.value) },
  ];
  if (series.mean !== null)
    lines.push({
      name: `Mean ${fmt(series.mean)}`,
      style: 'mean',
      values: level(series, series.mean),
    });
  if (series.upperLimit !== null)
    lines.push({
      name: `Upper process limit ${fmt(series.upperLimit)}`,
      style: 'limit',
      values: level(series, series.upperLimit),
    });
  if (series.lowerLimit !== null)
    lines.push({
      name: `Lower process limit ${fmt(series.lowerLimit)}`,
      style: 'limit',
      values: level(series, series.lowerLimit),
    });
  return {
    title: `${kpi.code}: statistical process control (XmR)`,
    categories: series.points.map((p) => formatDay(p.periodEnd)),
    lines,
    key:
      'Solid line with dots: values. Grey line: mean. Dashed lines: process limits. ' +
      'Special cause points: square, concern; diamond, improvement; triangle, neither.',
  };
}
