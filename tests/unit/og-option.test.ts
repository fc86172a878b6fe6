import { describe, expect, it } from 'vitest';
import { compareOption, type CompareRow } from '@/lib/charts/compare';
import { renderChartSvg } from '@/lib/charts/ssr';
import { trendOption, type TrendRow } from '@/lib/charts/trend';
import type { ChartOption } from '@/lib/charts/theme';
import { ogChartOption, ROW_PX_PER_SCALE } from '@/lib/og/option';
import { splitSvgText } from '@/lib/og/svg-text';
import { DEFAULT_VIEW } from '@/lib/view';

type Obj = Record<string, unknown>;
const at = (o: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Obj)[k as string]), o);

const rows: TrendRow[] = [2019, 2020, 2021, 2022, 2023].map((year, i) => ({
  year,
  reports: 1,
  values: { 'proactive.licensing': 100 + i, 'proactive.feesWan': 1.5 * i, 'proactive.items': 1000 * i },
}));
const compareRows: CompareRow[] = Array.from({ length: 31 }, (_, i) => ({
  code: String(11 + i),
  name: `地区${i + 1}`,
  value: 1000 - i * 10,
  href: `/regions/${11 + i}`,
}));

describe('ogChartOption', () => {
  it('grows every text and mark by one factor and shows the whole legend, leaving the page option alone', () => {
    const page = trendOption(rows, 'proactive', DEFAULT_VIEW);
    const before = JSON.stringify(page);
    const { option } = ogChartOption(page, { width: 1104, height: 360, scale: 1.5 });
    expect(JSON.stringify(page)).toBe(before);
    expect(at(option, 'textStyle', 'fontSize')).toBe(18);
    expect(at(option, 'legend', 'type')).toBe('plain');
    expect(at(option, 'legend', 'textStyle', 'fontSize')).toBe(18);
    expect(at(option, 'xAxis', 'axisLabel', 'fontSize')).toBe(18);
    expect(at(option, 'yAxis', 0, 'nameTextStyle', 'fontSize')).toBe(18);
    expect(at(option, 'grid', 'top')).toBe(Math.round((at(page, 'grid', 'top') as number) * 1.5));
    expect(at(option, 'tooltip')).toBeUndefined();
    // the numbers are the page's
    expect(at(option, 'series', 0, 'data')).toEqual(at(page, 'series', 0, 'data'));
  });

  it('a comparison keeps the leading rows (in the view order) that fit, names and bars together', () => {
    const page = compareOption(compareRows, { ...DEFAULT_VIEW, sort: 'asc' });
    const height = 360;
    const result = ogChartOption(page, { width: 1104, height, scale: 1.5 });
    const grid = at(result.option, 'grid') as { top: number; bottom: number };
    const fit = Math.floor((height - grid.top - grid.bottom) / (ROW_PX_PER_SCALE * 1.5));
    expect(result.rowsTotal).toBe(31);
    expect(result.rowsShown).toBe(fit);
    const names = at(result.option, 'yAxis', 'data') as string[];
    const bars = at(result.option, 'series', 0, 'data') as { name: string; value: number }[];
    expect(names).toEqual((at(page, 'yAxis', 'data') as string[]).slice(0, fit));
    expect(bars.map((b) => b.name)).toEqual(names);
    expect(names[0]).toBe('地区31'); // ascending: the smallest first
  });

  it('keeps every row when they fit', () => {
    const page = compareOption(compareRows.slice(0, 5), DEFAULT_VIEW);
    const result = ogChartOption(page, { width: 1104, height: 360 });
    expect(result.rowsShown).toBe(5);
    expect(result.rowsTotal).toBe(5);
  });
});

describe('splitSvgText', () => {
  it('takes every label out of a rendered chart, with its position, size and anchor', () => {
    const { option } = ogChartOption(compareOption(compareRows.slice(0, 4), DEFAULT_VIEW), { width: 800, height: 300 });
    const svg = renderChartSvg(option as ChartOption, 800, 300);
    const { shapes, texts } = splitSvgText(svg);
    expect(shapes).not.toMatch(/<text/);
    expect(shapes).toMatch(/^<svg[^]*<\/svg>$/);
    const names = texts.filter((t) => t.text.startsWith('地区'));
    expect(names.map((t) => t.text)).toEqual(['地区1', '地区2', '地区3', '地区4']);
    for (const t of names) {
      expect(t.anchor).toBe('end');
      expect(t.fontSize).toBe(18);
      expect(t.x).toBeGreaterThan(0);
      expect(t.x).toBeLessThan(400);
    }
    // rows go down the chart in order
    expect(names.map((t) => t.y)).toEqual([...names.map((t) => t.y)].sort((a, b) => a - b));
    // the bar labels (values) are there too
    expect(texts.some((t) => t.text === '1,000' || t.text === '1000')).toBe(true);
  });

  it('decodes entities and drops rotated text it cannot place', () => {
    const svg =
      '<svg><text dominant-baseline="central" text-anchor="middle" style="font-size:20px;font-weight:bold;" ' +
      'x="2" y="-6" transform="translate(100 50)" fill="#123456">A &amp; B &#x4E2D;</text>' +
      '<text transform="matrix(0 1 -1 0 10 10)">rotated</text></svg>';
    const { shapes, texts } = splitSvgText(svg);
    expect(shapes).toBe('<svg></svg>');
    expect(texts).toEqual([
      { text: 'A & B 中', x: 102, y: 44, anchor: 'middle', baseline: 'central', fontSize: 20, fontWeight: 700, fill: '#123456' },
    ]);
  });
});
