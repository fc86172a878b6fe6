import { describe, expect, it } from 'vitest';
import { compareHeight, compareOption, sortCompareRows, type CompareRow } from '@/lib/charts/compare';
import { renderChartSvg } from '@/lib/charts/ssr';
import { optionTable } from '@/lib/charts/table';
import { DEFAULT_VIEW } from '@/lib/view';

const rows: CompareRow[] = [
  { code: '350128001', name: '海坛街道', value: 5, href: '/regions/350128001?year=2023' },
  { code: '350128107', name: '金井镇', value: 12, href: '/regions/350128107?year=2023' },
  { code: '350128108', name: '君山镇', value: null, href: '/regions/350128108?year=2023' },
  { code: '350128109', name: '苏平镇', value: 0, href: '/regions/350128109?year=2023' },
];

describe('compareOption', () => {
  it('one horizontal bar per unit, largest first, each a link', () => {
    const o = compareOption(rows, { ...DEFAULT_VIEW, year: 2023 });
    const y = o.yAxis as { type: string; data: string[]; inverse: boolean };
    expect(y.type).toBe('category');
    expect(y.inverse).toBe(true);
    expect(y.data).toEqual(['金井镇', '海坛街道', '苏平镇', '君山镇']);
    const data = (o.series as unknown as { data: { value: number | null; href: string }[] }[])[0].data;
    expect(data.map((d) => d.value)).toEqual([12, 5, 0, null]);
    expect(data[0].href).toBe('/regions/350128107?year=2023');
    expect((o.series as unknown as { name: string }[])[0].name).toBe('本年新收申请');
  });

  it('sorts ascending and by name, units without a figure last', () => {
    expect(sortCompareRows(rows, 'asc').map((r) => r.value)).toEqual([0, 5, 12, null]);
    expect(sortCompareRows(rows, 'name').map((r) => r.name)).toEqual(['海坛街道', '金井镇', '君山镇', '苏平镇']);
  });

  it('renders on the server and tabulates its bars', () => {
    const o = compareOption(rows, DEFAULT_VIEW);
    expect(renderChartSvg(o, 600, compareHeight(rows.length))).toContain('金井镇');
    const t = optionTable(o);
    expect(t.corner).toBe('单位');
    expect(t.rows[0]).toEqual({ label: '金井镇', href: '/regions/350128107?year=2023', cells: [12] });
  });
});
