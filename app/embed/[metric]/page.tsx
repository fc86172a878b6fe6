// The chart alone, for an <iframe> on someone else's page (proxy.ts lets /embed/* be framed, and nothing
// else): one line of title, scope and years, the chart at the frame's width, the source, and a link to the
// chart's permalink. Links leave the frame (target _top): the site's other pages refuse to be framed.
import type { Metadata } from 'next';
import { Chart } from '@/components/chart';
import { ChartDataTable } from '@/components/chart-data-table';
import { renderChartSvg } from '@/lib/charts/ssr';
import { chartTitle } from '@/lib/share/chart-text';
import { chartHref } from '@/lib/share/chart-view';
import { chartRequest, type SearchParams } from '@/app/_share/chart-request';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ metric: string }>; searchParams: Promise<SearchParams> };

/** Width of the server picture; the live chart then takes the frame's width. */
const SSR_WIDTH = 600;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const model = await chartRequest((await params).metric, await searchParams);
  // the permalink is the page to index and to share; the embed is its framed copy
  return { title: chartTitle(model), alternates: { canonical: chartHref(model.view) }, robots: { index: false } };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const model = await chartRequest((await params).metric, await searchParams);
  const { table } = model;
  return (
    <div className="embed">
      <h1 className="embed-title">
        <strong>{model.title}</strong> · {model.scope}
        {model.years && ` · ${model.years}`}
      </h1>
      {model.empty ? (
        <p className="embed-empty">所选地区和年份暂无报告数据。</p>
      ) : (
        <Chart
          option={model.option}
          height={model.height}
          svg={renderChartSvg(model.option, SSR_WIDTH, model.height)}
          label={`${model.title}（图表，数据见表格）`}
          linkTarget="_top"
        />
      )}
      {/* the numbers for screen readers (the chart is an image to them) */}
      <ChartDataTable table={table} caption={chartTitle(model)} hidden />
      <p className="embed-source">
        <span>
          {model.source} · {model.dataDate}
        </span>
        <a href={chartHref(model.view)} target="_top">
          公开透镜
        </a>
      </p>
    </div>
  );
}
