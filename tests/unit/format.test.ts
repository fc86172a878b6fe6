import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatNumber, formatPercent, formatPointChange } from '@/lib/format';
import { toCsv } from '@/lib/csv';
import { buildRegionIndex, coreName, searchRegions } from '@/lib/search';

describe('format', () => {
  it('numbers, shares and changes in zh-CN', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(null)).toBe('—');
    expect(formatNumber(24252.311082)).toBe('24,252.311082');
    expect(formatPercent(0.462)).toBe('46.2%');
    expect(formatChange(154, 120)).toBe('+34（+28.3%）');
    expect(formatChange(3, 0)).toBe('+3');
    expect(formatChange(5, null)).toBeNull();
    expect(formatPointChange(0.5, 0.45)).toBe('+5.0 个百分点');
  });

  it('dates with the Chinese locale', () => {
    expect(formatDate('2024-03-01')).toBe('2024年3月1日');
    expect(formatDate(null)).toBe('—');
  });

  it('CSV with BOM, quoted fields, no formulas', () => {
    const csv = toCsv(['机关', '说明'], [['=HYPERLINK("x")', '含"引号"']]);
    expect(csv.startsWith('\uFEFF"机关","说明"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","含""引号"""`);
  });
});

describe('region search', () => {
  const index = buildRegionIndex([
    { code: '37', name: '山东省', level: 'province', parentCode: null },
    { code: '3704', name: '枣庄市', level: 'city', parentCode: '37' },
    { code: '370481', name: '滕州市', level: 'county', parentCode: '3704' },
    { code: '370481111', name: '柴胡店镇', level: 'township', parentCode: '370481' },
    { code: '350128001', name: '海坛街道', level: 'township', parentCode: null },
  ]);

  it('finds 柴胡店镇 by pinyin, initials, part of the name and another suffix', () => {
    for (const q of ['chaihudian', 'chd', 'CHD', '柴胡店', '柴胡店乡', '柴胡店镇', 'chai hu dian']) {
      const hits = searchRegions(index, q);
      expect(hits[0]?.region.code, q).toBe('370481111');
    }
    expect(searchRegions(index, 'chd')[0].path).toEqual(['山东省', '枣庄市', '滕州市']);
  });

  it('strips township suffixes', () => {
    expect(coreName('海坛街道')).toBe('海坛');
    expect(coreName('柴胡店镇')).toBe('柴胡店');
    expect(searchRegions(index, 'haitan')[0].region.name).toBe('海坛街道');
    expect(searchRegions(index, '  ')).toEqual([]);
  });
});
