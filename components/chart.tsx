'use client';
// The ONE ECharts host. The server already painted the same option as SVG (so the chart shows without
// client JavaScript); once the chart comes into view ECharts takes over for tooltips, clicks (bars carry their
// `href`) and resizing. ECharts is loaded then, not with the page: it is more than half of the JavaScript a
// chart page needs, and the server picture covers the wait.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { EChartsType } from 'echarts/core';
import type { ChartOption } from '@/lib/charts/theme';

const loadECharts = () => import('@/lib/charts/register').then((m) => m.echarts);

interface ChartProps {
  option: ChartOption;
  height: number;
  /** the server-rendered SVG of `option` (ECharts escapes every text it draws) */
  svg: string;
  label: string;
  /** '_top' inside an embed: a bar's page opens in the reader's window, not in the (unframeable) iframe */
  linkTarget?: '_top';
}

export function Chart({ option, height, svg, label, linkTarget }: ChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  const router = useRouter();
  const routerRef = useRef(router);
  const targetRef = useRef(linkTarget);
  const [live, setLive] = useState(false);

  useEffect(() => {
    routerRef.current = router;
    targetRef.current = linkTarget;
  }, [router, linkTarget]);

  useEffect(() => {
    const el = hostRef.current;
    if (!el) return;
    let disposed = false;
    let resize: ResizeObserver | null = null;
    const start = async () => {
      const echarts = await loadECharts();
      if (disposed) return;
      const chart = echarts.init(el, null, { renderer: 'svg' });
      chartRef.current = chart;
      chart.on('click', (params) => {
        const href = (params.data as { href?: unknown } | undefined)?.href;
        if (typeof href !== 'string') return;
        if (targetRef.current) window.open(href, targetRef.current);
        else routerRef.current.push(href);
      });
      chart.setOption(optionRef.current as Parameters<EChartsType['setOption']>[0], { notMerge: true });
      resize = new ResizeObserver(() => chart.resize());
      resize.observe(el);
      // the server picture stays until the live chart has drawn, so nothing flickers
      setLive(true);
    };
    // take over when the chart is (nearly) on screen; without IntersectionObserver, at once
    const seen =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              seen?.disconnect();
              void start();
            },
            { rootMargin: '200px' },
          );
    if (seen) seen.observe(el);
    else void start();
    return () => {
      disposed = true;
      seen?.disconnect();
      resize?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    optionRef.current = option;
    chartRef.current?.setOption(option as Parameters<EChartsType['setOption']>[0], { notMerge: true });
  }, [option]);

  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      {!live && <div className="chart-ssr" dangerouslySetInnerHTML={{ __html: svg }} />}
      <div ref={hostRef} className="chart-host" />
    </div>
  );
}
