// Everything one shared chart shows — title, scope, years, option, the table of its numbers, the headline
// (latest value and its change) and the source note — as a pure function of its view and its data. The
// /charts page, the embed, the /og image and the exports all draw from this one model, so they cannot differ.
import { compareHeight, compareOption, type CompareRow } from '../charts/compare';
import { metricTrendOption, unitName } from '../charts/metric-trend';
import { optionTable, type ChartTable } from '../charts/table';
import { CHART_HEIGHT, type ChartOption } from '../charts/theme';
import { TREND_CHARTS, trendOption, type TrendRow } from '../charts/trend';
import { formatChange, formatDate } from '../format';
import { METRIC_BY_KEY, type Metric } from '../metrics';
import { TREND_FIRST_YEAR, type View } from '../view';
import { canonicalChartView, chartPageHref } from './chart-view';

export interface ChartScope {
  code: string;
  name: string;
  level: 'nation' | 'province' | 'city' | 'county' | 'township';
}

export interface ChartData {
  /** the scope actually shown (an unknown region falls back to the nation) */
  region: ChartScope;
  /** nation → … → region, for the scope line */
  path: ChartScope[];
  /** every year of the scope, oldest first */
  years: TrendRow[];
  /** the units one level below in the comparison year (by=region only); hrefs to their pages */
  compare: CompareRow[];
  /** when the data last changed (ISO) */
  dataDate: string;
  /** how many of the scope's reports (any year) are generated test data */
  synthetic: number;
}

export interface ChartHeadline {
  label: string;
  unit: string;
  year: number;
  value: number | null;
  previousYear: number | null;
  previous: number | null;
  /** '+12（+8.5%）', or null when there is no earlier year to compare with */
  change: string | null;
}

export interface ChartModel {
  /** the canonical view with its years resolved (from/to for trends, year for a comparison) */
  view: View;
  metric: Metric;
  title: string;
  /** '四川省 · 达州市 · 渠县' ('全国' for the nation) */
  scope: string;
  /** '2019–2025 年' or '2024 年' */
  years: string;
  option: ChartOption;
  height: number;
  table: ChartTable;
  headline: ChartHeadline | null;
  source: string;
  /** '2026年11月23日' */
  dataDate: string;
  /** the full dashboard page the chart belongs to */
  pageHref: string;
  /** nothing to draw (no report in the years asked for) */
  empty: boolean;
}

const CHILDREN: Record<ChartScope['level'], string> = {
  nation: '各省份',
  province: '各市',
  city: '各县（市、区）',
  county: '各乡镇（街道）',
  township: '',
};

export function buildChartModel(requested: View, data: ChartData): ChartModel {
  const metric = METRIC_BY_KEY.get(requested.metric)!;
  const available = data.years.map((y) => y.year);
  const latest = available.length ? Math.max(...available) : null;
  let view = canonicalChartView({ ...requested, region: data.region.code });
  // a township has no units below it: its comparison becomes the trend of the metric
  if (view.by === 'region' && data.region.level === 'township') view = canonicalChartView({ ...view, by: null });
  const named = data.path.filter((p) => p.code !== 'CN');
  const scope = named.length ? named.map((p) => p.name).join(' · ') : '全国';
  const source = `数据来源：各发布机关政府信息公开工作年度报告，公开透镜整理${
    data.synthetic > 0 ? `（含 ${data.synthetic} 份生成的测试数据）` : ''
  }`;
  const dataDate = formatDate(data.dataDate);

  if (view.by === 'region') {
    const year = view.year !== null && available.includes(view.year) ? view.year : latest;
    view = { ...view, year };
    const option = compareOption(data.compare, view);
    return {
      view,
      metric,
      title: `${metric.label}：${CHILDREN[data.region.level]}对比`,
      scope,
      years: year === null ? '' : `${year} 年`,
      option,
      height: compareHeight(data.compare.length),
      table: optionTable(option),
      headline: year === null ? null : headline(metric, data.years, year),
      source,
      dataDate,
      pageHref: chartPageHref(view),
      empty: data.compare.length === 0,
    };
  }

  const from = view.from ?? Math.min(TREND_FIRST_YEAR, latest ?? TREND_FIRST_YEAR);
  const to = view.to ?? latest ?? from;
  const rows = data.years.filter((y) => y.year >= from && y.year <= to);
  const shownYears = rows.map((r) => r.year);
  const option = view.by ? trendOption(rows, view.by, view) : metricTrendOption(rows, metric, view);
  const last = shownYears.at(-1);
  return {
    view,
    metric,
    title: view.by ? TREND_CHARTS[view.by].title : metric.label,
    scope,
    years: shownYears.length ? `${shownYears[0]}–${last} 年`.replace(/^(\d+)–\1 /, '$1 ') : '',
    option,
    height: CHART_HEIGHT,
    table: optionTable(option),
    headline: last === undefined ? null : headline(metric, rows, last),
    source,
    dataDate,
    pageHref: chartPageHref(view),
    empty: rows.length === 0,
  };
}

function headline(metric: Metric, rows: TrendRow[], year: number): ChartHeadline {
  const at = rows.find((r) => r.year === year);
  const before = rows.find((r) => r.year === year - 1) ?? null;
  const value = at?.values[metric.key] ?? null;
  const previous = before?.values[metric.key] ?? null;
  return {
    label: metric.label,
    unit: unitName(metric),
    year,
    value,
    previousYear: before?.year ?? null,
    previous,
    change: formatChange(value, previous),
  };
}
