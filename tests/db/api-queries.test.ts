// The open read API's own queries on both drivers: the report list keeps to its scope (every level), its
// filters and its keyset page, and leaves out hidden and superseded versions; regions of a level under a parent.
import { expect, it } from 'vitest';
import { getApiReports } from '@/db/queries/api-reports';
import { getRegionsUnder } from '@/db/queries/api-regions';
import { agencies, regions, reports } from '@/db/schema';
import type { ParsedReport } from '@/lib/report/types';
import { describeEachDb } from './harness';

const PLACES = [
  { code: '51', name: '四川省', level: 'province', parentCode: null },
  { code: '5117', name: '达州市', level: 'city', parentCode: '51' },
  { code: '511725', name: '渠县', level: 'county', parentCode: '5117' },
  { code: '511725100', name: '渠江街道', level: 'township', parentCode: '511725' },
  { code: '511724', name: '大竹县', level: 'county', parentCode: '5117' },
  { code: '37', name: '山东省', level: 'province', parentCode: null },
  { code: '3704', name: '枣庄市', level: 'city', parentCode: '37' },
  { code: '370481', name: '滕州市', level: 'county', parentCode: '3704' },
];

/** [agency, region path, year, template, current, hidden] */
const ROWS: [number, string, number, string, boolean, boolean][] = [
  [1, '511725100', 2023, 'gov2021', true, false],
  [1, '511725100', 2024, 'gov2021', true, false],
  [2, '511725', 2024, 'gov2021', true, false],
  [2, '511725', 2024, 'gov2021', false, false], // superseded version
  [3, '511724', 2024, 'gov2019', true, false],
  [4, '5117', 2024, 'gov2021', true, true], // hidden by an administrator
  [5, '370481', 2024, 'gov2021', true, false],
  [6, '51', 2020, 'gov2019', true, false],
];

const pathOf = (code: string) => ({
  provinceCode: code.slice(0, 2),
  cityCode: code.length >= 4 ? code.slice(0, 4) : null,
  countyCode: code.length >= 6 ? code.slice(0, 6) : null,
  townshipCode: code.length >= 9 ? code : null,
});

describeEachDb(
  'API queries',
  (ctx) => {
    let ids: number[] = [];

    it('loads a small fixture', async () => {
      const db = ctx.handle.db;
      await db.insert(regions).values(PLACES);
      const codes = ['511725100', '511725', '511724', '5117', '370481', '51'];
      await db.insert(agencies).values(
        codes.map((code, i) => ({ agencyKey: `a${i + 1}`, name: `机关${i + 1}`, level: 'county', regionCode: code, regionStatus: 'resolved' })),
      );
      const inserted = await db
        .insert(reports)
        .values(
          ROWS.map(([agency, code, year, template, isCurrent, hidden], i) => ({
            agencyId: agency,
            year,
            template,
            publishedOn: `${year + 1}-01-20`,
            sha256: `sha${i}`,
            fileName: `r${i}.txt`,
            parserVersion: 't',
            parsed: {} as ParsedReport,
            sourceText: '',
            isCurrent,
            hidden,
            errorCount: i,
            warningCount: 1,
            late: i === 2,
            synthetic: i === 6,
            ...pathOf(code),
          })),
        )
        .returning({ id: reports.id });
      ids = inserted.map((r) => r.id);
      expect(ids).toHaveLength(ROWS.length);
    });

    const list = (f: Partial<Parameters<typeof getApiReports>[1]>) =>
      getApiReports(ctx.handle.db, { region: 'CN', after: 0, limit: 100, ...f }).then((rows) => rows.map((r) => r.id));

    it('keeps to the scope at every level and leaves out hidden and superseded versions', async () => {
      expect(await list({})).toEqual([ids[0], ids[1], ids[2], ids[4], ids[6], ids[7]]);
      expect(await list({ region: '51' })).toEqual([ids[0], ids[1], ids[2], ids[4], ids[7]]);
      expect(await list({ region: '5117' })).toEqual([ids[0], ids[1], ids[2], ids[4]]);
      expect(await list({ region: '511725' })).toEqual([ids[0], ids[1], ids[2]]);
      expect(await list({ region: '511725100' })).toEqual([ids[0], ids[1]]);
      expect(await list({ region: '37' })).toEqual([ids[6]]);
      expect(await list({ region: '11' })).toEqual([]);
    });

    it('filters by year and template', async () => {
      expect(await list({ region: '51', year: 2024 })).toEqual([ids[1], ids[2], ids[4]]);
      expect(await list({ template: 'gov2019' })).toEqual([ids[4], ids[7]]);
      expect(await list({ year: 2024, template: 'gov2019' })).toEqual([ids[4]]);
    });

    it('pages by id: after and limit', async () => {
      expect(await list({ limit: 2 })).toEqual([ids[0], ids[1]]);
      expect(await list({ after: ids[1], limit: 2 })).toEqual([ids[2], ids[4]]);
      expect(await list({ after: ids[7] })).toEqual([]);
    });

    it('answers the fields the API lists', async () => {
      const [row] = await getApiReports(ctx.handle.db, { region: '511725', after: ids[1], limit: 1 });
      expect(row).toEqual({
        id: ids[2],
        issuer: '机关2',
        year: 2024,
        template: 'gov2021',
        publishedOn: '2025-01-20',
        regionCodes: { province: '51', city: '5117', county: '511725', township: null },
        errors: 2,
        warnings: 1,
        late: true,
        synthetic: false,
      });
    });

    it('lists the regions of a level under a parent', async () => {
      const codes = async (parent: string, level: 'province' | 'city' | 'county' | 'township') =>
        (await getRegionsUnder(ctx.handle.db, parent, level)).map((r) => r.code);
      expect(await codes('CN', 'province')).toEqual(['37', '51']);
      expect(await codes('51', 'county')).toEqual(['511724', '511725']);
      expect(await codes('CN', 'county')).toEqual(['370481', '511724', '511725']);
      expect(await codes('5117', 'township')).toEqual(['511725100']);
      expect(await codes('37', 'township')).toEqual([]);
    });
  },
  { gazetteer: false },
);
