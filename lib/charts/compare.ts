// The comparison of the units under a scope (provinces, cities, counties or townships) for one metric and
// year: a horizontal bar per unit, sortable, each bar a link to that unit's page.
import { METRIC_BY_KEY } from '../metrics';
import type { Sort, View } from '../view';
import { baseOption, type ChartOption, type DataPoint } from './theme';

export interface CompareRow {
  code: string;
  name: string;
  value: number | null;
  href: string;
}

/** Rows in the order the view asks for; units that stated nothing go last whatever the order. */
export function sortCompareRows(rows: CompareRow[], sort: Sort): CompareRow[] {
  const byName = (a: CompareRow, b: CompareRow) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code);
  return [...rows].sort((a, b) => {
    if (sort === 'name') return byName(a, b);
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? byName(a, b) : 1) : -1;
    return (sort === 'asc' ? a.value - b.value : b.value - a.value) || byName(a, b);
  });
}

export const COMPARE_BAR = 26;

/** Height the chart needs for its rows (the host and the server render use the same number). */
export function compareHeight(count: number): number {
  return Math.max(160, count * COMPARE_BAR + 60);
}

export function compareOption(rows: CompareRow[], view: View): ChartOption {
  const metric = METRIC_BY_KEY.get(view.metric)!;
  const sorted = sortCompareRows(rows, view.sort);
  const data: DataPoint[] = sorted.map((r) => ({ value: r.value, name: r.name, href: r.href }));
  return {
    ...baseOption(),
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 48, top: 28, bottom: 8 },
    xAxis: {
      type: 'value',
      name: metric.unit === 'wan' ? '万元' : metric.unit === 'items' ? '条' : '件',
      position: 'top',
      minInterval: metric.unit === 'wan' ? 0 : 1,
    },
    yAxis: {
      type: 'category',
      // first row at the top, as in the table below it
      inverse: true,
      data: sorted.map((r) => r.name),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: metric.label,
        type: 'bar',
        data,
        barMaxWidth: 18,
        cursor: 'pointer',
        label: { show: true, position: 'right', color: '#1f2933' },
      },
    ],
  };
}
