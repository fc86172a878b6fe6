// One metric of a scope over the years (the permalink of a single metric): a bar per year, each a link to
// the scope's page for that year.
import type { Metric } from '../metrics';
import { viewHref, type View } from '../view';
import { baseOption, type ChartOption, type DataPoint } from './theme';
import { TEMPLATE_BREAK_YEAR, type TrendRow } from './trend';

export function unitName(metric: Metric): string {
  return metric.unit === 'wan' ? '万元' : metric.unit === 'items' ? '条' : '件';
}

export function metricTrendOption(rows: TrendRow[], metric: Metric, view: View): ChartOption {
  const years = rows.map((r) => r.year);
  const data: DataPoint[] = rows.map((r) => ({
    value: r.values[metric.key] ?? null,
    href: viewHref({ region: view.region, year: r.year }),
  }));
  const spansBreak =
    metric.templates.length < 2 &&
    years.some((y) => y < TEMPLATE_BREAK_YEAR) &&
    years.some((y) => y >= TEMPLATE_BREAK_YEAR);
  return {
    ...baseOption(),
    grid: { left: 8, right: 16, top: 36, bottom: 8 },
    xAxis: { type: 'category', data: years.map(String), name: '年度' },
    yAxis: { type: 'value', name: unitName(metric), minInterval: metric.unit === 'wan' ? 0 : 1 },
    series: [
      {
        name: metric.label,
        type: 'bar',
        data,
        barMaxWidth: 48,
        cursor: 'pointer',
        label: { show: rows.length <= 12, position: 'top', color: '#1f2933' },
        ...(spansBreak
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#b42318' },
                label: { formatter: '2021 年起新格式', color: '#b42318', position: 'end', fontSize: 11 },
                data: [{ xAxis: String(TEMPLATE_BREAK_YEAR) }],
              },
            }
          : {}),
      },
    ],
  };
}
