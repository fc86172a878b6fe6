// The bulk download's query, on both drivers: every current, visible report exactly once with its cells,
// the same whatever the chunk size, and the year and region filters.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  eachBulkChunk,
  getBulkReports,
  regionExists,
  type BulkFilter,
  type BulkReport,
} from '@/db/queries/bulk';
import { queryRows } from '@/db/rows';
import { describeEachDb } from './harness';
import { ingestPaths, SAMPLES } from './ingest-helpers';

describeEachDb(
  'bulk download query',
  (ctx) => {
    const db = () => ctx.handle.db;
    const all = async (filter: BulkFilter = {}, chunk = 1000): Promise<BulkReport[]> => {
      const out: BulkReport[] = [];
      for await (const rows of eachBulkChunk(db(), filter, chunk)) out.push(...rows);
      return out;
    };
    const current = (where = sql`true`) =>
      queryRows<{ id: number }>(
        db(),
        sql`select id from reports r where is_current and not hidden and ${where} order by id`,
      ).then((r) => r.map((x) => Number(x.id)));

    it('returns every current report once, with its cells, whatever the chunk size', async () => {
      const summary = await ingestPaths(db(), [SAMPLES]);
      expect(summary.new).toBeGreaterThan(50);
      const ids = await current();
      const big = await all();
      expect(big.map((r) => r.id)).toEqual(ids);
      const small = await all({}, 7);
      expect(small).toEqual(big);
      // the cells are the parsed document's, untouched
      const [one] = await queryRows<{ id: number; cells: unknown }>(
        db(),
        sql`select id, parsed->'cells' as cells from reports where id = ${ids[0]}`,
      );
      const cells = typeof one.cells === 'string' ? JSON.parse(one.cells) : one.cells;
      expect(big[0].cells).toEqual(cells);
      expect(Object.values(big[0].cells).some((v) => typeof v === 'number')).toBe(true);
      expect(big[0].agencyName.length).toBeGreaterThan(0);
    });

    it('leaves out old versions and hidden reports', async () => {
      const [old] = await queryRows<{ n: number }>(
        db(),
        sql`select count(*)::int as n from reports where not is_current`,
      );
      expect(Number(old.n)).toBeGreaterThan(0);
      const [victim] = await current();
      await db().execute(sql`update reports set hidden = true where id = ${victim}`);
      try {
        const ids = (await all()).map((r) => r.id);
        expect(ids).not.toContain(victim);
        expect(ids).toEqual(await current());
      } finally {
        await db().execute(sql`update reports set hidden = false where id = ${victim}`);
      }
    });

    it('pages by id after the last one seen', async () => {
      const ids = await current();
      const page = await getBulkReports(db(), ids[2], 3);
      expect(page.map((r) => r.id)).toEqual(ids.slice(3, 6));
      expect(await getBulkReports(db(), ids[ids.length - 1], 10)).toEqual([]);
    });

    it('filters by year and by region at any level, with the region names', async () => {
      const [{ code }] = await queryRows<{ code: string }>(
        db(),
        sql`select province_code as code from reports where is_current and not hidden and province_code is not null
            group by province_code order by count(*) desc limit 1`,
      );
      const inProvince = await all({ region: code });
      expect(inProvince.map((r) => r.id)).toEqual(await current(sql`r.province_code = ${code}`));
      expect(inProvince.every((r) => r.provinceCode === code && r.provinceName)).toBe(true);
      const [{ year }] = await queryRows<{ year: number }>(
        db(),
        sql`select max(year) as year from reports where is_current`,
      );
      const both = await all({ region: code, year: Number(year) });
      expect(both.map((r) => r.id)).toEqual(
        await current(sql`r.province_code = ${code} and r.year = ${Number(year)}`),
      );
      expect(both.length).toBeGreaterThan(0);
      const county = inProvince.find((r) => r.countyCode)?.countyCode;
      expect(county).toBeTruthy();
      expect((await all({ region: county })).map((r) => r.id)).toEqual(
        await current(sql`r.county_code = ${county!}`),
      );
      expect(await all({ region: '123' })).toEqual([]);
      expect(await regionExists(db(), code)).toBe(true);
      expect(await regionExists(db(), '99')).toBe(false);
    });
  },
  { gazetteer: true },
);
