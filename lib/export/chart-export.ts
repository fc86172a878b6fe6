// A shared chart as files: its table as CSV and JSON (exactly the numbers the chart draws: the model's table
// is read from the chart's own option), and its picture as an SVG with a title line and the source.
import { toCsv } from '../csv';
import { unitName } from '../charts/metric-trend';
import type { ChartModel } from '../share/chart-model';
import { chartHref } from '../share/chart-view';
import type { View } from '../view';

export type ChartExportFormat = 'csv' | 'json' | 'png' | 'svg';
export const CHART_EXPORT_FORMATS: readonly ChartExportFormat[] = ['csv', 'json', 'png', 'svg'];

/** `applications.new.csv` → ['applications.new', 'csv']; null for an extension we do not make. */
export function splitExportFile(
  file: string,
): { metric: string; format: ChartExportFormat } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const format = file.slice(dot + 1).toLowerCase();
  if (!(CHART_EXPORT_FORMATS as readonly string[]).includes(format)) return null;
  return { metric: file.slice(0, dot), format: format as ChartExportFormat };
}

/** The clean table: the corner column, then one column per series; a row per year (or per unit). */
export function chartCsv(model: ChartModel): string {
  const { table } = model;
  return toCsv(
    [table.corner, ...table.columns],
    table.rows.map((r) => [r.label, ...r.cells]),
  );
}

export interface ChartJson {
  title: string;
  scope: string;
  years: string;
  metric: { key: string; label: string };
  view: View;
  unit: string;
  source: string;
  dataDate: string;
  corner: string;
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
  /** absolute link to the chart's page */
  permalink: string;
}

export function chartJson(model: ChartModel, origin: string): ChartJson {
  const { table } = model;
  return {
    title: model.title,
    scope: model.scope,
    years: model.years,
    metric: { key: model.metric.key, label: model.metric.label },
    view: model.view,
    unit: unitName(model.metric),
    source: model.source,
    dataDate: model.dataDate,
    corner: table.corner,
    columns: table.columns,
    rows: table.rows.map((r) => ({ label: r.label, values: r.cells })),
    permalink: origin + chartHref(model.view),
  };
}

/** '申请数量-四川省-达州市-2019-2025年.csv' and its ASCII fallback 'applications.new-511700-2019-2025.csv'. */
export function chartFileNames(model: ChartModel, ext: string): { name: string; ascii: string } {
  const v = model.view;
  const span = model.years.replace(/[^\d–]/g, '').replace('–', '-');
  const parts = [model.title.replace(/：/g, '-'), model.scope, model.years].filter(Boolean);
  return {
    name: `${parts.join('-')}.${ext}`,
    ascii: `${[model.metric.key, v.by, v.region, span].filter(Boolean).join('-')}.${ext}`,
  };
}
