'use client';
// The ONE ECharts host. The server already painted the same option as SVG (so the chart shows without
// client JavaScript); on mount ECharts takes over for tooltips, clicks (bars carry their `href`) and resizing.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { echarts } from '@/lib/charts/register';
import type { ChartOption } from '@/lib/charts/theme';

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
  const chartRef = useRef<echarts.ECharts | null>(null);
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
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const href = (params.data as { href?: unknown } | undefined)?.href;
      if (typeof href !== 'string') return;
      if (targetRef.current) window.open(href, targetRef.current);
      else routerRef.current.push(href);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption(option as echarts.EChartsCoreOption, { notMerge: true });
    // the server picture stays until the live chart has drawn, so nothing flickers
    setLive(true);
  }, [option]);

  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      {!live && <div className="chart-ssr" dangerouslySetInnerHTML={{ __html: svg }} />}
      <div ref={hostRef} className="chart-host" />
    </div>
  );
}
