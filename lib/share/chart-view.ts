// One chart as a link. A chart view is a lib/view.ts view read for a single chart: the metric (from the path
// of /charts/<metric> and /embed/<metric>, or ?metric= for /og and exports), the scope, the years, and what
// the metric is split by. Parameters that mean nothing for the chart asked for are dropped, so equal charts
// have equal links; like parseView, reading never throws and a bad value falls back to its default.
import { TREND_CHARTS } from '../charts/trend';
import { METRIC_BY_KEY } from '../metrics';
import { DEFAULT_VIEW, parseView, viewHref, viewQuery, type Breakdown, type View } from '../view';

type Params = Parameters<typeof parseView>[0];

/** The metric each trend breakdown is headed by: the total its stacked series add up to. */
export const BREAKDOWN_HEAD: Record<Breakdown, string> = {
  applicant: 'applications.new',
  outcome: 'outcomes.total',
  proactive: 'proactive.items',
  review: 'review.total',
};

/** Whether a trend breakdown chart shows this metric (as its head or as one of its series). */
export function breakdownHas(by: Breakdown, metric: string): boolean {
  return BREAKDOWN_HEAD[by] === metric || TREND_CHARTS[by].series.some((s) => s.key === metric);
}

/** Drops what the chart does not use: a breakdown that does not hold the metric, a year or order on a
 * trend, a year range on a one-year comparison, search text everywhere. */
export function canonicalChartView(view: View): View {
  const out: View = { ...view, q: '' };
  if (!METRIC_BY_KEY.has(out.metric)) out.metric = DEFAULT_VIEW.metric;
  if (out.by && out.by !== 'region' && !breakdownHas(out.by, out.metric)) out.by = null;
  if (out.by === 'region') {
    out.from = null;
    out.to = null;
  } else {
    out.year = null;
    out.sort = DEFAULT_VIEW.sort;
  }
  return out;
}

/** Reads a chart view: `metric` from the path when given (it wins over ?metric=), the rest from the query. */
export function parseChartView(params: Params, metric?: string): View {
  const view = parseView(params);
  if (metric !== undefined) {
    const key = safeDecode(metric);
    if (METRIC_BY_KEY.has(key)) view.metric = key;
  }
  return canonicalChartView(view);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const chartQuery = (view: View) => viewQuery(canonicalChartView(view), ['metric', 'q']);

/** The permalink page of one chart. */
export function chartHref(view: View): string {
  return `/charts/${canonicalChartView(view).metric}${chartQuery(view)}`;
}

/** The chart alone, for an <iframe>. */
export function embedHref(view: View): string {
  return `/embed/${canonicalChartView(view).metric}${chartQuery(view)}`;
}

/** The 1200×630 share image of the chart (the metric rides in the query; the default one is omitted). */
export function ogHref(view: View): string {
  return `/og${viewQuery(canonicalChartView(view), ['q'])}`;
}

export type ExportFormat = 'csv' | 'json' | 'png' | 'svg';

/** The chart's numbers (CSV, JSON) or picture (PNG, SVG). */
export function chartExportHref(view: View, format: ExportFormat): string {
  return `/export/${canonicalChartView(view).metric}.${format}${chartQuery(view)}`;
}

/** The full dashboard page the chart comes from. */
export function chartPageHref(view: View): string {
  const v = canonicalChartView(view);
  return v.by === 'region'
    ? viewHref({ region: v.region, year: v.year, metric: v.metric, sort: v.sort })
    : viewHref({ region: v.region, from: v.from, to: v.to });
}
