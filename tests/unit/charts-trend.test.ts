import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '@/lib/charts/ssr';
import { optionTable } from '@/lib/charts/table';
import { TREND_CHARTS, trendHasBreak, trendOption, type TrendRow } from '@/lib/charts/trend';
import { DEFAULT_VIEW } from '@/lib/view';

const rows: TrendRow[] = [2019, 2020, 2021, 2022].map((year, i) => ({
  year,
  reports: 3,
  values: {
    'applications.new.naturalPerson': 10 + i,
    'applications.new.commercialEnterprise': i,
    'proactive.licensing': 100 * (i + 1),
    'proactive.regulationsIssued': year >= 2021 ? 2 : null,
    'proactive.feesWan': year >= 2021 ? 12.5 : null,
    'review.corrected': 1,
    'litigation.upheld': 2,
  },
}));
const view = { ...DEFAULT_VIEW, region: '350128' };
type Series = { name: string; type: string; stack?: string; data: { value: number | null; href: string }[]; markLine?: unknown; yAxisIndex: number };

describe('trendOption', () => {
  it('applications: one stacked bar series per applicant type, years on the x axis', () => {
    const o = trendOption(rows, 'applicant', view);
    expect((o.xAxis as { data: string[] }).data).toEqual(['2019', '2020', '2021', '2022']);
    const series = o.series as unknown as Series[];
    expect(series.map((s) => s.name)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他组织']);
    expect(series[0].data.map((d) => d.value)).toEqual([10, 11, 12, 13]);
    expect(series[2].data[0].value).toBeNull();
    expect(series.every((s) => s.stack === 'all' && s.type === 'bar')).toBe(true);
    // each bar leads to the same view for its year
    expect(series[0].data[1].href).toBe('/regions/350128?year=2020');
    expect(series[0].markLine).toBeUndefined();
  });

  it('proactive: marks the 2021 format break and puts 万元 on its own axis', () => {
    const o = trendOption(rows, 'proactive', view);
    const series = o.series as unknown as Series[];
    expect(trendHasBreak(rows, 'proactive')).toBe(true);
    expect(JSON.stringify(series[0].markLine)).toContain('"xAxis":"2021"');
    expect(series.find((s) => s.name === '收费金额（万元）')?.yAxisIndex).toBe(1);
    expect((o.yAxis as unknown[]).length).toBe(2);
    expect(trendHasBreak(rows.slice(2), 'proactive')).toBe(false);
  });

  it('reviews and lawsuits stack separately by result', () => {
    const series = trendOption(rows, 'review', view).series as unknown as Series[];
    expect(series.map((s) => s.stack)).toEqual([...Array(4).fill('review'), ...Array(4).fill('litigation')]);
    expect(series.find((s) => s.name === '复议·纠正')?.data[0].value).toBe(1);
  });

  it('is plain JSON, its table holds the drawn numbers, and ECharts renders it on the server', () => {
    for (const b of Object.keys(TREND_CHARTS) as (keyof typeof TREND_CHARTS)[]) {
      const o = trendOption(rows, b, view);
      expect(JSON.parse(JSON.stringify(o))).toEqual(o);
      const svg = renderChartSvg(o, 600, 300);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('2021');
    }
    const table = optionTable(trendOption(rows, 'applicant', view));
    expect(table.rows.map((r) => r.label)).toEqual(['2019', '2020', '2021', '2022']);
    expect(table.rows[3].cells[0]).toBe(13);
    expect(table.rows[3].href).toBe('/regions/350128?year=2022');
  });
});
