// The one model every shared chart is drawn from: its headline (latest value and change on the year
// before), its years, its table, what a township does with a comparison, and an empty scope.
import { describe, expect, it } from 'vitest';
import type { CompareRow } from '@/lib/charts/compare';
import type { TrendRow } from '@/lib/charts/trend';
import { buildChartModel, type ChartData, type ChartScope } from '@/lib/share/chart-model';
import { chartDescription, chartTitle } from '@/lib/share/chart-text';
import { DEFAULT_VIEW, type View } from '@/lib/view';

const nation: ChartScope = { code: 'CN', name: '全国', level: 'nation' };
const sichuan: ChartScope = { code: '51', name: '四川省', level: 'province' };
const dazhou: ChartScope = { code: '5117', name: '达州市', level: 'city' };
const qu: ChartScope = { code: '511725', name: '渠县', level: 'county' };
const town: ChartScope = { code: '511725101', name: '渠江镇', level: 'township' };

const row = (year: number, values: Record<string, number | null>): TrendRow => ({ year, reports: 1, values });
const years: TrendRow[] = [
  row(2018, { 'applications.new': 900 }),
  row(2019, { 'applications.new': 1000, 'applications.new.naturalPerson': 990, 'review.total': 4 }),
  row(2020, { 'applications.new': 1100, 'applications.new.naturalPerson': 1080, 'review.total': null }),
  row(2021, { 'applications.new': 1222, 'applications.new.naturalPerson': 1200, 'review.total': 0 }),
  row(2022, { 'applications.new': 1234, 'applications.new.naturalPerson': 1220, 'review.total': 6 }),
];
const compare: CompareRow[] = [
  { code: '511702', name: '通川区', value: 300, href: '/regions/511702?year=2022' },
  { code: '511725', name: '渠县', value: 500, href: '/regions/511725?year=2022' },
  { code: '511781', name: '万源市', value: null, href: '/regions/511781?year=2022' },
];

function data(over: Partial<ChartData> = {}): ChartData {
  return {
    region: qu,
    path: [nation, sichuan, dazhou, qu],
    years,
    compare: [],
    dataDate: '2026-11-23T08:00:00Z',
    synthetic: 0,
    ...over,
  };
}
const view = (v: Partial<View>): View => ({ ...DEFAULT_VIEW, region: '511725', ...v });

describe('a trend', () => {
  it('has the scope, the years from 2019 by default, and the headline of the latest year', () => {
    const m = buildChartModel(view({}), data());
    expect(m.scope).toBe('四川省 · 达州市 · 渠县');
    expect(m.years).toBe('2019–2022 年');
    expect(m.title).toBe('本年新收申请');
    expect(m.headline).toEqual({
      label: '本年新收申请',
      unit: '件',
      year: 2022,
      value: 1234,
      previousYear: 2021,
      previous: 1222,
      change: '+12（+1%）',
    });
    expect(m.table.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['2019', 1000],
      ['2020', 1100],
      ['2021', 1222],
      ['2022', 1234],
    ]);
    expect(m.empty).toBe(false);
    expect(m.pageHref).toBe('/regions/511725');
    expect(m.dataDate).toBe('2026年11月23日');
  });

  it('keeps to the years asked for; a single year reads as one year', () => {
    const m = buildChartModel(view({ from: 2020, to: 2021 }), data());
    expect(m.years).toBe('2020–2021 年');
    expect(m.headline?.year).toBe(2021);
    expect(m.headline?.change).toBe('+122（+11.1%）');
    expect(buildChartModel(view({ from: 2018, to: 2018 }), data()).years).toBe('2018 年');
  });

  it('says there is no change when the year before is missing or unstated', () => {
    const first = buildChartModel(view({ from: 2019, to: 2019 }), data({ years: years.slice(1) }));
    expect(first.headline).toMatchObject({ year: 2019, value: 1000, previousYear: null, change: null });
    const unstated = buildChartModel(view({ metric: 'review.total', to: 2021 }), data());
    expect(unstated.headline).toMatchObject({ year: 2021, value: 0, previousYear: 2020, previous: null, change: null });
  });

  it('a breakdown is titled after its chart and headlined by its total', () => {
    const m = buildChartModel(view({ by: 'applicant' }), data());
    expect(m.title).toBe('新收申请（按申请人类型）');
    expect(m.headline?.value).toBe(1234);
    expect(m.table.columns[0]).toBe('自然人');
    expect(m.table.rows.at(-1)?.cells[0]).toBe(1220);
  });

  it('counts generated test data in the source note', () => {
    expect(buildChartModel(view({}), data()).source).not.toContain('测试数据');
    expect(buildChartModel(view({}), data({ synthetic: 3 })).source).toContain('含 3 份生成的测试数据');
  });
});

describe('a comparison', () => {
  it('compares the units below in the latest year, in the order asked for', () => {
    const m = buildChartModel(view({ region: '5117', by: 'region' }), data({ region: dazhou, path: [nation, sichuan, dazhou], compare }));
    expect(m.view.year).toBe(2022);
    expect(m.years).toBe('2022 年');
    expect(m.title).toBe('本年新收申请：各县（市、区）对比');
    expect(m.table.rows.map((r) => [r.label, r.cells[0], r.href])).toEqual([
      ['渠县', 500, '/regions/511725?year=2022'],
      ['通川区', 300, '/regions/511702?year=2022'],
      ['万源市', null, '/regions/511781?year=2022'],
    ]);
    expect(m.headline).toMatchObject({ year: 2022, value: 1234, change: '+12（+1%）' });
    expect(m.pageHref).toBe('/regions/5117?year=2022');
  });

  it('a year without data falls back to the latest', () => {
    const m = buildChartModel(view({ region: '5117', by: 'region', year: 2030 }), data({ region: dazhou, compare }));
    expect(m.view.year).toBe(2022);
  });

  it('a township has no units below it: the comparison becomes the trend of the metric', () => {
    const m = buildChartModel(view({ region: town.code, by: 'region', year: 2022 }), data({ region: town, path: [nation, sichuan, dazhou, qu, town] }));
    expect(m.view.by).toBeNull();
    expect(m.view.year).toBeNull();
    expect(m.title).toBe('本年新收申请');
    expect(m.years).toBe('2019–2022 年');
    expect(m.table.rows).toHaveLength(4);
    expect(m.empty).toBe(false);
  });
});

describe('an empty scope', () => {
  it('a trend with no reports is empty, without years or headline, and does not throw', () => {
    const m = buildChartModel(view({}), data({ years: [] }));
    expect(m.empty).toBe(true);
    expect(m.years).toBe('');
    expect(m.headline).toBeNull();
    expect(m.table.rows).toEqual([]);
  });

  it('a comparison with no units below is empty', () => {
    const m = buildChartModel(view({ region: '5117', by: 'region' }), data({ region: dazhou, compare: [] }));
    expect(m.empty).toBe(true);
  });

  it('years asked for outside the data are empty', () => {
    expect(buildChartModel(view({ from: 2030, to: 2031 }), data()).empty).toBe(true);
  });
});

describe('the words of a link preview', () => {
  it('titles the chart with its scope and years', () => {
    expect(chartTitle(buildChartModel(view({ by: 'applicant' }), data()))).toBe('四川省 · 达州市 · 渠县 · 新收申请（按申请人类型） 2019–2022 年');
  });

  it('describes the latest value and its change', () => {
    expect(chartDescription(buildChartModel(view({}), data()))).toBe(
      '四川省 · 达州市 · 渠县 · 本年新收申请 2019–2022 年：2022 年 1,234 件，比上年 +12（+1%）。',
    );
    const cmp = buildChartModel(view({ region: '5117', by: 'region' }), data({ region: dazhou, path: [nation, sichuan, dazhou], compare }));
    expect(chartDescription(cmp)).toBe('四川省 · 达州市 · 本年新收申请：各县（市、区）对比：达州市合计 2022 年 1,234 件，比上年 +12（+1%）。');
  });

  it('says so when there is nothing to show', () => {
    expect(chartDescription(buildChartModel(view({}), data({ years: [] })))).toBe('四川省 · 达州市 · 渠县 · 本年新收申请：所选年份暂无报告数据。');
  });
});
