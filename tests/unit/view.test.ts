import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, viewHref, viewQuery } from '@/lib/view';

describe('parseView', () => {
  it('reads every parameter', () => {
    const v = parseView(new URLSearchParams('region=350128&year=2023&from=2019&to=2025&metric=review.total&sort=name&by=outcome&q=柴胡店&list=carry&after=2023-350128-12-34'));
    expect(v).toEqual({ region: '350128', year: 2023, from: 2019, to: 2025, metric: 'review.total', sort: 'name', by: 'outcome', q: '柴胡店', list: 'carry', after: '2023-350128-12-34' });
  });

  it('reads a compliance page only as a known list with a well-formed cursor', () => {
    expect(parseView({ list: 'late', after: '2025--7-0' })).toMatchObject({ list: 'late', after: '2025--7-0' });
    expect(parseView({ after: '2025-35-7-0' })).toMatchObject({ list: null, after: '' });
    expect(parseView({ list: 'nope', after: '2025-35-7-0' })).toMatchObject({ list: null, after: '' });
    expect(parseView({ list: 'late', after: "2025-35-7-0' or 1=1" })).toMatchObject({ list: 'late', after: '' });
    expect(viewQuery({ region: '35', year: 2025, list: 'copied', after: '2025-3501-9-10' })).toBe('?region=35&year=2025&list=copied&after=2025-3501-9-10');
  });

  it('falls back to defaults on bad values and never throws', () => {
    const v = parseView({ region: '12345', year: 'abc', from: '1900', metric: 'nope', sort: 'up', by: ['x'], q: 'a'.repeat(80) });
    expect(v).toEqual(DEFAULT_VIEW);
  });

  it('takes the first of repeated parameters and swaps a reversed range', () => {
    const v = parseView({ year: ['2022', '2023'], from: '2025', to: '2019' });
    expect(v.year).toBe(2022);
    expect([v.from, v.to]).toEqual([2019, 2025]);
  });
});

describe('viewQuery', () => {
  it('omits defaults and writes parameters in a fixed order', () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
    const a = viewQuery({ ...DEFAULT_VIEW, sort: 'asc', year: 2024, region: '35' });
    const b = viewQuery({ sort: 'asc', region: '35', year: 2024 });
    expect(a).toBe('?region=35&year=2024&sort=asc');
    expect(b).toBe(a);
  });

  it('round-trips: equal views have equal URLs', () => {
    const v = parseView(new URLSearchParams('sort=name&year=2021&metric=outcomes.granted'));
    expect(viewQuery(parseView(new URLSearchParams(viewQuery(v).slice(1))))).toBe(viewQuery(v));
  });

  it('puts the region in the path', () => {
    expect(viewHref({ region: '370481111', year: 2022 })).toBe('/regions/370481111?year=2022');
    expect(viewHref({ region: 'CN' })).toBe('/');
  });
});
