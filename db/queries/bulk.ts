// The bulk download: every current, visible report with its cells, read in keyset-paginated chunks (by id)
// so a download of 400,000 reports never holds more than one chunk in memory. Only the cells are taken out
// of the parsed JSON, not the whole document.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';
import type { BulkRow } from '../../lib/export/bulk';

export interface BulkFilter {
  year?: number | null;
  /** a region code at any level: the reports filed in that region or below it */
  region?: string | null;
}

/** One report of the bulk files: the row lib/export/bulk.ts writes out. */
export type BulkReport = BulkRow;

const LEVEL_COLUMN: Record<number, string> = {
  2: 'province_code',
  4: 'city_code',
  6: 'county_code',
  9: 'township_code',
};

function regionCondition(region: string | null | undefined): SQL {
  if (!region) return sql`true`;
  const column = LEVEL_COLUMN[region.length];
  if (!column) return sql`false`;
  return sql`r.${sql.raw(column)} = ${region}`;
}

type Row = {
  id: number;
  agency_id: number;
  agency_name: string;
  year: number | null;
  template: string;
  published_on: string | null;
  province_code: string | null;
  province_name: string | null;
  city_code: string | null;
  city_name: string | null;
  county_code: string | null;
  county_name: string | null;
  township_code: string | null;
  township_name: string | null;
  error_count: number;
  warning_count: number;
  synthetic: boolean;
  cells: Record<string, number | null> | string | null;
};

/** One chunk of reports with id greater than `after`, in id order; an empty array is the end. */
export async function getBulkReports(
  db: Db,
  after: number,
  limit: number,
  filter: BulkFilter = {},
): Promise<BulkReport[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select r.id, r.agency_id, a.name as agency_name, r.year, r.template, r.published_on::text as published_on,
          r.province_code, p.name as province_name, r.city_code, c.name as city_name,
          r.county_code, k.name as county_name, r.township_code, t.name as township_name,
          r.error_count, r.warning_count, r.synthetic, r.parsed->'cells' as cells
        from reports r
        join agencies a on a.id = r.agency_id
        left join regions p on p.code = r.province_code
        left join regions c on c.code = r.city_code
        left join regions k on k.code = r.county_code
        left join regions t on t.code = r.township_code
        where r.is_current and not r.hidden and r.id > ${after}
          and ${filter.year == null ? sql`true` : sql`r.year = ${filter.year}`}
          and ${regionCondition(filter.region)}
        order by r.id
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    agencyName: r.agency_name,
    year: r.year === null ? null : Number(r.year),
    template: r.template,
    publishedOn: r.published_on,
    provinceCode: r.province_code,
    provinceName: r.province_name,
    cityCode: r.city_code,
    cityName: r.city_name,
    countyCode: r.county_code,
    countyName: r.county_name,
    townshipCode: r.township_code,
    townshipName: r.township_name,
    errorCount: Number(r.error_count),
    warningCount: Number(r.warning_count),
    synthetic: Boolean(r.synthetic),
    cells: (typeof r.cells === 'string' ? JSON.parse(r.cells) : r.cells) ?? {},
  }));
}

/** Every matching report, chunk by chunk (the caller streams each chunk out before the next is read). */
export async function* eachBulkChunk(
  db: Db,
  filter: BulkFilter = {},
  chunk = 1000,
): AsyncGenerator<BulkReport[]> {
  let after = 0;
  for (;;) {
    const rows = await getBulkReports(db, after, chunk, filter);
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1].id;
    if (rows.length < chunk) return;
  }
}

/** Whether a region code is known (a filter on an unknown region is the user's mistake, not an empty file). */
export async function regionExists(db: Db, code: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from regions where code = ${code} limit 1`,
  );
  return rows.length > 0;
}
