// The permalink of one chart: /charts/<metric>?region=…&from=…&to=…&by=… shows that chart alone with its
// headline, its numbers, its source and the way back to the full page. Any parameter it cannot read falls
// back to its default, so every shared link opens something.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFigure } from '@/components/chart-figure';
import { chartDescription, chartTitle } from '@/lib/share/chart-text';
import { chartHref, ogHref } from '@/lib/share/chart-view';
import { chartRequest, type SearchParams } from '@/app/_share/chart-request';
import { shareMetadata } from '@/app/_share/share-metadata';
import { ChartHeadline } from './chart-headline';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ metric: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const model = await chartRequest((await params).metric, await searchParams);
  const title = chartTitle(model);
  return shareMetadata({
    title,
    description: chartDescription(model),
    image: ogHref(model.view),
    imageAlt: `${title}的图表`,
    url: chartHref(model.view),
  });
}

export default async function ChartPage({ params, searchParams }: Props) {
  const model = await chartRequest((await params).metric, await searchParams);
  return (
    <article className="chart-page">
      <p className="chart-scope">{model.scope}</p>
      <h1>{model.title}</h1>
      <p className="muted">{model.years || '暂无年份'}</p>
      <ChartHeadline model={model} />
      {model.empty ? (
        <p className="muted">所选地区和年份没有收录到报告，暂无可以显示的数字。</p>
      ) : (
        <ChartFigure
          id="chart"
          level={2}
          title={`${model.title}（${model.years}）`}
          option={model.option}
          height={model.height}
          share={model.view}
          tableOpen
        />
      )}
      <p className="chart-source">
        {model.source}。数据日期：{model.dataDate}。
      </p>
      <p>
        <Link href={model.pageHref}>查看{model.scope}的完整页面 →</Link>
      </p>
    </article>
  );
}
