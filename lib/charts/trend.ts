// Trend charts over the years for one scope: applications by applicant type, outcomes, proactive volumes,
// reviews and litigation by result. Each bar links to the same view for that year.
import { METRIC_BY_KEY, type Metric } from '../metrics';
import { viewHref, type Breakdown, type View } from '../view';
import { baseOption, type ChartOption, type DataPoint, type Json } from './theme';

export interface TrendRow {
  year: number;
  reports: number;
  /** metric key → sum over the scope's current reports (null: stated by none) */
  values: Record<string, number | null>;
}

interface TrendSpec {
  title: string;
  kind: 'bar' | 'line';
  /** series keys with short legend names (the chart's title gives the context; the full label of
   * lib/metrics.ts is on the definitions page); a stack name groups bars (reviews vs lawsuits) */
  series: { key: string; name: string; stack?: string }[];
}

const applicants: [string, string][] = [
  ['naturalPerson', '自然人'],
  ['commercialEnterprise', '商业企业'],
  ['researchInstitution', '科研机构'],
  ['publicInterestOrg', '社会公益组织'],
  ['legalServiceOrg', '法律服务机构'],
  ['otherOrg', '其他组织'],
];
const results: [string, string][] = [
  ['upheld', '维持'],
  ['corrected', '纠正'],
  ['other', '其他'],
  ['pending', '未审结'],
];

/** The four trend charts of every scope page, in page order. */
export const TREND_CHARTS: Record<Breakdown, TrendSpec> = {
  applicant: {
    title: '新收申请（按申请人类型）',
    kind: 'bar',
    series: applicants.map(([k, name]) => ({ key: `applications.new.${k}`, name, stack: 'all' })),
  },
  outcome: {
    title: '申请办理结果',
    kind: 'bar',
    series: [
      ['granted', '予以公开'],
      ['partiallyGranted', '部分公开'],
      ['denied', '不予公开'],
      ['unableToProvide', '无法提供'],
      ['notProcessed', '不予处理'],
      ['otherHandling', '其他处理'],
    ].map(([k, name]) => ({ key: `outcomes.${k}`, name, stack: 'all' })),
  },
  proactive: {
    title: '主动公开',
    kind: 'line',
    series: [
      ['licensing', '行政许可'],
      ['penalty', '行政处罚'],
      ['coercion', '行政强制'],
      ['regulationsIssued', '规章制发'],
      ['normativeIssued', '规范性文件制发'],
      ['normativeInForce', '规范性文件现行有效'],
      ['items', '主动公开信息（条）'],
      ['feesWan', '收费金额（万元）'],
    ].map(([k, name]) => ({ key: `proactive.${k}`, name })),
  },
  review: {
    title: '行政复议与行政诉讼（按结果）',
    kind: 'bar',
    series: [
      ...results.map(([r, name]) => ({ key: `review.${r}`, name: `复议·${name}`, stack: 'review' })),
      ...results.map(([r, name]) => ({ key: `litigation.${r}`, name: `诉讼·${name}`, stack: 'litigation' })),
    ],
  },
};

/** First year of the 2021 format: metrics not defined in both formats break here. */
export const TEMPLATE_BREAK_YEAR = 2021;

function breaks(metrics: Metric[], years: number[]): boolean {
  const spans = years.some((y) => y < TEMPLATE_BREAK_YEAR) && years.some((y) => y >= TEMPLATE_BREAK_YEAR);
  return spans && metrics.some((m) => m.templates.length < 2);
}

/** One trend chart of a scope as a plain-JSON ECharts option. */
export function trendOption(rows: TrendRow[], breakdown: Breakdown, view: View): ChartOption {
  const spec = TREND_CHARTS[breakdown];
  const years = rows.map((r) => r.year);
  const metrics = spec.series.map((s) => METRIC_BY_KEY.get(s.key)!);
  const money = metrics.some((m) => m.unit === 'wan');
  const series: Json[] = spec.series.map((s, i) => {
    const metric = metrics[i];
    const data: DataPoint[] = rows.map((r) => ({
      value: r.values[s.key] ?? null,
      href: viewHref({ ...view, year: r.year }),
    }));
    const item: { [key: string]: Json } = {
      name: s.name,
      type: spec.kind,
      data,
      // money on its own axis: 万元 and counts do not share a scale
      yAxisIndex: metric.unit === 'wan' ? 1 : 0,
      connectNulls: false,
    };
    if (spec.kind === 'bar') item.barMaxWidth = 36;
    if (s.stack) item.stack = s.stack;
    if (i === 0 && breaks(metrics, years))
      item.markLine = {
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: '#b42318' },
        label: { formatter: '2021 年起新格式', color: '#b42318', position: 'end', fontSize: 11 },
        data: [{ xAxis: String(TEMPLATE_BREAK_YEAR) }],
      };
    return item;
  });
  const yAxis: Json[] = [{ type: 'value', name: money ? '件 / 条' : '件', minInterval: 1 }];
  if (money) yAxis.push({ type: 'value', name: '万元', splitLine: { show: false } });
  return {
    ...baseOption(),
    legend: { type: 'scroll', top: 0, left: 0, right: 0, itemWidth: 14, itemGap: 8 },
    grid: { left: 8, right: money ? 8 : 16, top: 68, bottom: 8 },
    xAxis: { type: 'category', data: years.map(String), name: '年度' },
    yAxis,
    series,
  };
}

/** Whether a chart of these years has a format break worth explaining next to it. */
export function trendHasBreak(rows: TrendRow[], breakdown: Breakdown): boolean {
  const metrics = TREND_CHARTS[breakdown].series.map((s) => METRIC_BY_KEY.get(s.key)!);
  return breaks(
    metrics,
    rows.map((r) => r.year),
  );
}
