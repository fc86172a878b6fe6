// The accessible table of a chart, read from the option itself so that it always holds exactly the
// numbers drawn (and the exports of issue 7 can reuse it).
import type { ChartOption, Json } from './theme';

export interface ChartTable {
  /** header of the first column (the category axis) */
  corner: string;
  columns: string[];
  rows: { label: string; href: string | null; cells: (number | null)[] }[];
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const firstAxis = (v: Json | undefined): Obj | null => (Array.isArray(v) ? (isObj(v[0]) ? v[0] : null) : isObj(v) ? v : null);

function pointValue(p: Json): number | null {
  if (typeof p === 'number') return p;
  if (isObj(p) && typeof p.value === 'number') return p.value;
  return null;
}

function pointHref(p: Json): string | null {
  return isObj(p) && typeof p.href === 'string' ? p.href : null;
}

/** Categories become rows, series become columns (a year per row; one unit per row in a comparison). */
export function optionTable(option: ChartOption): ChartTable {
  const x = firstAxis(option.xAxis);
  const y = firstAxis(option.yAxis);
  const axis = x?.type === 'category' ? x : y;
  const categories = (Array.isArray(axis?.data) ? axis.data : []).map(String);
  const series = (Array.isArray(option.series) ? option.series : []).filter(isObj);
  return {
    corner: axis === x ? '年度' : '单位',
    columns: series.map((s) => String(s.name ?? '')),
    rows: categories.map((label, i) => {
      const points = series.map((s) => (Array.isArray(s.data) ? s.data[i] : null) ?? null);
      return {
        label,
        href: points.map(pointHref).find((h) => h !== null) ?? null,
        cells: points.map(pointValue),
      };
    }),
  };
}
