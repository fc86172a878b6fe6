// The chart a /charts or /embed request asks for, loaded once per request: the page and its metadata
// both ask, and React's cache() hands the second the first one's model.
import { cache } from 'react';
import { loadChart } from '@/app/_chart/load-chart';
import { getServerDb } from '@/db/server';
import type { ChartModel } from '@/lib/share/chart-model';
import { chartHref, parseChartView } from '@/lib/share/chart-view';

export type SearchParams = Record<string, string | string[] | undefined>;

const loadCanonical = cache(async (href: string): Promise<ChartModel> => {
  const url = new URL(href, 'http://local');
  const metric = url.pathname.split('/').pop();
  return loadChart(await getServerDb(), parseChartView(url.searchParams, metric));
});

/** The model of the chart at /<kind>/<metric>?…; bad or unknown parameters fall back to their defaults. */
export function chartRequest(metric: string, searchParams: SearchParams): Promise<ChartModel> {
  // the canonical link is the cache key, so equal views share one load however their URLs were spelled
  return loadCanonical(chartHref(parseChartView(searchParams, metric)));
}
