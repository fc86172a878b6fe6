// The files a user downloads: CSV that Excel reads (BOM, quoting, numbers that stay numbers, formulas
// defused, Chinese header), a chart's CSV and JSON holding exactly the chart's table, names and ETags,
// the report and units tables as shown, and the bulk files' columns.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrendRow } from '@/lib/charts/trend';
import { csvLines, toCsv } from '@/lib/csv';
import {
  BULK_COLUMNS,
  BULK_FACT_COLUMNS,
  BULK_KEYS,
  bulkCsvChunk,
  bulkCsvHeader,
  bulkJsonLines,
  parseBulkFilter,
  type BulkRow,
} from '@/lib/export/bulk';
import { chartCsv, chartFileNames, chartJson, splitExportFile } from '@/lib/export/chart-export';
import { attachment, etagOf, notModified } from '@/lib/export/download';
import { chartPictureSvg, pictureOption } from '@/lib/export/picture';
import { reportCellRows, reportCsv, reportTables } from '@/lib/export/report-export';
import {
  statusText,
  unitsCsv,
  unitsExport,
  unitsExportHref,
  type ExportUnit,
} from '@/lib/export/units-export';
import { buildChartModel, type ChartData } from '@/lib/share/chart-model';
import { DEFAULT_VIEW, type View } from '@/lib/view';
import { parseCsv } from './helpers/csv';

/** A CSV parser good enough for the files we write (every field quoted, CRLF). */

const BOM = '\uFEFF';

describe('CSV', () => {
  it('starts with a BOM, quotes every field, doubles quotes and ends lines with CRLF', () => {
    const csv = toCsv(['地区', '说明'], [['福建省', '他说"好",然后\n换行']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['地区', '说明'],
      ['福建省', '他说"好",然后\n换行'],
    ]);
  });

  it('keeps numbers, negatives included, as numbers and defuses text that looks like a formula', () => {
    const [, row] = parseCsv(
      toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [[-12, 3.5, 0, '=SUM(A1)', '-1+2', null]]).slice(1),
    );
    expect(row.slice(0, 3).map(Number)).toEqual([-12, 3.5, 0]);
    expect(row[3]).toBe("'=SUM(A1)");
    expect(row[4]).toBe("'-1+2");
    expect(row[5]).toBe('');
  });

  it('writes lines without a BOM for streamed chunks', () => {
    expect(csvLines([[1, 'x']])).toBe('"1","x"\r\n');
  });
});

const years: TrendRow[] = [2019, 2020, 2021, 2022].map((year, i) => ({
  year,
  reports: 1,
  values: {
    'applications.new': 100 + i,
    'applications.new.naturalPerson': 90 + i,
    'applications.new.commercialEnterprise': i === 1 ? null : 5,
  },
}));
const data: ChartData = {
  region: { code: '511725', name: '渠县', level: 'county' },
  path: [
    { code: 'CN', name: '全国', level: 'nation' },
    { code: '51', name: '四川省', level: 'province' },
    { code: '5117', name: '达州市', level: 'city' },
    { code: '511725', name: '渠县', level: 'county' },
  ],
  years,
  compare: [],
  dataDate: '2026-11-23T08:00:00Z',
  synthetic: 0,
};
const view = (v: Partial<View>): View => ({ ...DEFAULT_VIEW, region: '511725', ...v });

describe('a chart as CSV and JSON', () => {
  const model = buildChartModel(view({ metric: 'applications.new', by: 'applicant' }), data);

  it('is the chart table: the corner column, one column per series, a row per year, empty where no value', () => {
    const rows = parseCsv(chartCsv(model).slice(1));
    expect(rows[0]).toEqual([model.table.corner, ...model.table.columns]);
    expect(rows[0][0]).toBe('年度');
    expect(rows[0]).toContain('自然人');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['2019', '2020', '2021', '2022']);
    const natural = rows[0].indexOf('自然人');
    expect(rows.slice(1).map((r) => Number(r[natural]))).toEqual([90, 91, 92, 93]);
    const commercial = rows[0].indexOf('商业企业');
    expect(rows[2][commercial]).toBe('');
    // nothing but the table: no title or source lines above it
    expect(rows.length).toBe(5);
  });

  it('as JSON holds the same numbers, with title, scope, years, unit, source, date and permalink', () => {
    const json = chartJson(model, 'https://example.org');
    const csv = parseCsv(chartCsv(model).slice(1));
    expect(json.columns).toEqual(csv[0].slice(1));
    expect(
      json.rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? '' : String(v)))]),
    ).toEqual(csv.slice(1));
    expect(json).toMatchObject({
      scope: '四川省 · 达州市 · 渠县',
      years: '2019–2022 年',
      metric: { key: 'applications.new' },
      unit: '件',
      dataDate: '2026年11月23日',
      permalink: 'https://example.org/charts/applications.new?region=511725&by=applicant',
    });
    expect(json.source).toContain('数据来源');
    expect(json.view.by).toBe('applicant');
  });

  it('names its file in Chinese with an ASCII fallback', () => {
    const { name, ascii } = chartFileNames(model, 'csv');
    expect(name).toContain('渠县');
    expect(name.endsWith('.csv')).toBe(true);
    expect(ascii).toBe('applications.new-applicant-511725-2019-2022.csv');
  });

  it('draws a picture with the title line and source under it', () => {
    const { option, height } = pictureOption(model);
    expect(height).toBeGreaterThan(model.height);
    expect(JSON.stringify(option.title)).toContain('渠县');
    const { svg } = chartPictureSvg(model);
    expect(svg).toContain(model.title);
    expect(svg).toContain('数据来源');
  });
});

describe('export file names and caching', () => {
  it('splits metric and format and refuses other extensions', () => {
    expect(splitExportFile('applications.new.csv')).toEqual({
      metric: 'applications.new',
      format: 'csv',
    });
    expect(splitExportFile('outcomes.total.PNG')).toEqual({
      metric: 'outcomes.total',
      format: 'png',
    });
    expect(splitExportFile('applications.new.xlsx')).toBeNull();
    expect(splitExportFile('csv')).toBeNull();
  });

  it('sends the Chinese name per RFC 5987 and a plain ASCII one', () => {
    const header = attachment(
      '本年新收申请-四川省 · 达州市-2019–2025 年.csv',
      'applications new.csv',
    );
    expect(header).toMatch(/^attachment; filename="applications_new\.csv"; filename\*=UTF-8''/);
    const encoded = header.split("UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe('本年新收申请-四川省-达州市-2019-2025年.csv');
    expect(encoded).not.toMatch(/[^A-Za-z0-9%._~!$&+,;=:@-]/);
  });

  it('changes the ETag with the data version and the request, and matches If-None-Match lists', () => {
    const a = etagOf('/export/x.csv', 1);
    expect(etagOf('/export/x.csv', 2)).not.toBe(a);
    expect(etagOf('/export/y.csv', 1)).not.toBe(a);
    expect(notModified(`"other", W/${a}`, a)).toBe(true);
    expect(notModified('"other"', a)).toBe(false);
    expect(notModified(null, a)).toBe(false);
  });
});

describe('a report table as CSV', () => {
  it('has a row per printed cell, with the number, what is shown and the status', () => {
    const tables = reportTables('gov2021');
    const keys = tables.flatMap((t) => t.rows.flatMap((r) => r.keys));
    const rows = reportCellRows(
      tables,
      { [keys[0]]: 1234, [keys[1]]: 5, [keys[2]]: null },
      { [keys[1]]: { raw: '5', state: 'inferred' }, [keys[2]]: { raw: '—', state: 'dash' } },
    );
    expect(rows.length).toBe(keys.length);
    expect(rows[0]).toMatchObject({
      key: keys[0],
      value: 1234,
      shown: '1,234',
      status: '已读出',
      needsReview: false,
    });
    expect(rows[1]).toMatchObject({ value: 5, status: '推算' });
    expect(rows[2]).toMatchObject({ value: null, shown: '—', status: '短横线' });
    expect(rows[3]).toMatchObject({ value: null, status: '未读到' });
    const csv = parseCsv(reportCsv(rows).slice(1));
    expect(csv[0]).toEqual(['表格', '单元格键', '项目', '数值', '原表显示', '状态', '需人工核对']);
    expect(csv[1][3]).toBe('1234');
  });
});

describe('a units table as CSV', () => {
  const unit: ExportUnit = {
    name: '渠江镇',
    code: '511725101',
    years: {
      2023: { reports: 2, late: 1, withErrors: 0 },
      2024: { reports: 1, late: 0, withErrors: 1, reportId: 7, findings: 2 },
    },
    figures: { appNew: 12, outTotal: 10, cases: null },
  };

  it('says what the status cells say', () => {
    expect(statusText(unit, 2022)).toBe('未报送');
    expect(statusText(unit, 2023)).toBe('2 份 逾期 1');
    expect(statusText(unit, 2024)).toBe('有误 2 项问题');
  });

  it('has the figures of the year and a status per year', () => {
    const csv = parseCsv(
      unitsCsv(unitsExport([unit], [2022, 2023, 2024], 2024), [2022, 2023, 2024]).slice(1),
    );
    expect(csv[0]).toEqual([
      '单位',
      '地区代码',
      '新收申请（2024）',
      '办结（2024）',
      '复议诉讼（2024）',
      '2022 年报送',
      '2023 年报送',
      '2024 年报送',
    ]);
    expect(csv[1]).toEqual([
      '渠江镇',
      '511725101',
      '12',
      '10',
      '',
      '未报送',
      '2 份 逾期 1',
      '有误 2 项问题',
    ]);
  });

  it('links to the table of the same view', () => {
    expect(
      unitsExportHref({ region: '51', year: 2024, from: null, to: null }, 'issuers', 'csv'),
    ).toBe('/export/units.csv?region=51&year=2024&table=issuers');
    expect(
      unitsExportHref({ region: 'CN', year: null, from: null, to: null }, 'children', 'json'),
    ).toBe('/export/units.json');
  });
});

describe('the bulk files', () => {
  const spec = (name: string) =>
    fs
      .readFileSync(path.resolve('lib/report', name), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  it('have one column per cell key of both forms, each once', () => {
    const union = new Set([...spec('keys-gov2021.txt'), ...spec('keys-gov2019.txt')]);
    expect(new Set(BULK_KEYS)).toEqual(union);
    expect(BULK_KEYS.length).toBe(union.size);
    expect(BULK_KEYS.slice(0, 3)).toEqual(spec('keys-gov2021.txt').slice(0, 3));
  });

  const report: BulkRow = {
    id: 3,
    agencyId: 2,
    agencyName: '渠县人民政府',
    year: 2024,
    template: 'gov2021',
    publishedOn: '2025-01-20',
    provinceCode: '51',
    provinceName: '四川省',
    cityCode: '5117',
    cityName: '达州市',
    countyCode: '511725',
    countyName: '渠县',
    townshipCode: null,
    townshipName: null,
    errorCount: 1,
    warningCount: 0,
    synthetic: false,
    cells: { [BULK_KEYS[0]]: 4, [BULK_KEYS[5]]: -2 },
  };

  it('write a CSV row per report under a BOM and the header', () => {
    const text = bulkCsvHeader() + bulkCsvChunk([report, { ...report, id: 4 }]);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...BULK_COLUMNS]);
    expect(rows.length).toBe(3);
    expect(rows.every((r) => r.length === BULK_COLUMNS.length)).toBe(true);
    const at = (c: string) => rows[1][rows[0].indexOf(c)];
    expect(at('report_id')).toBe('3');
    expect(at('county')).toBe('渠县');
    expect(at(BULK_KEYS[0])).toBe('4');
    expect(at(BULK_KEYS[5])).toBe('-2');
    expect(at(BULK_KEYS[1])).toBe('');
  });

  it('write a JSON line per report', () => {
    const lines = bulkJsonLines([report]).trimEnd().split('\n');
    expect(lines.length).toBe(1);
    const obj = JSON.parse(lines[0]);
    for (const c of BULK_FACT_COLUMNS) expect(obj).toHaveProperty(c);
    expect(obj.synthetic).toBe(false);
    expect(Object.keys(obj.cells)).toEqual([...BULK_KEYS]);
    expect(obj.cells[BULK_KEYS[0]]).toBe(4);
    expect(obj.cells[BULK_KEYS[1]]).toBeNull();
  });

  it('validate year and region and name the parameter that is wrong', () => {
    expect(parseBulkFilter(new URLSearchParams('year=2024&region=51'))).toEqual({
      ok: true,
      filter: { year: 2024, region: '51' },
    });
    expect(parseBulkFilter(new URLSearchParams(''))).toEqual({
      ok: true,
      filter: { year: null, region: null },
    });
    expect(parseBulkFilter(new URLSearchParams('year=24'))).toMatchObject({
      ok: false,
      parameter: 'year',
    });
    expect(parseBulkFilter(new URLSearchParams('region=511'))).toMatchObject({
      ok: false,
      parameter: 'region',
    });
  });
});
