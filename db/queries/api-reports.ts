// The current, visible reports of a scope for the open read API, a page at a time in id order (keyset:
// "after this id", so a walk sees every report exactly once even while pages are being read).
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface ApiReportFilter {
  /** 'CN' or a region code of 2, 4, 6 or 9 digits */
  region: string;
  year?: number;
  template?: string;
  /** ids greater than this */
  after: number;
  limit: number;
}

export interface ApiReportRow {
  id: number;
  issuer: string;
  year: number | null;
  template: string;
  publishedOn: string | null;
  regionCodes: { province: string | null; city: string | null; county: string | null; township: string | null };
  errors: number;
  warnings: number;
  late: boolean;
  synthetic: boolean;
}

/** The denormalised column that holds a code of that length (the scope indexes are on these). */
function scopeFilter(region: string) {
  if (region === 'CN') return sql`true`;
  switch (region.length) {
    case 2:
      return sql`r.province_code = ${region}`;
    case 4:
      return sql`r.city_code = ${region}`;
    case 6:
      return sql`r.county_code = ${region}`;
    case 9:
      return sql`r.township_code = ${region}`;
    default:
      return sql`true`;
  }
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function getApiReports(db: Db, f: ApiReportFilter): Promise<ApiReportRow[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select r.id, a.name as issuer, r.year, r.template, r.published_on::text as published_on,
          r.province_code, r.city_code, r.county_code, r.township_code,
          r.error_count, r.warning_count, r.late, r.synthetic
        from reports r join agencies a on a.id = r.agency_id
        where r.is_current and not r.hidden and ${scopeFilter(f.region)}
          ${f.year === undefined ? sql`` : sql`and r.year = ${f.year}`}
          ${f.template === undefined ? sql`` : sql`and r.template = ${f.template}`}
          and r.id > ${f.after}
        order by r.id
        limit ${f.limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    issuer: String(r.issuer),
    year: r.year === null ? null : Number(r.year),
    template: String(r.template),
    publishedOn: text(r.published_on),
    regionCodes: {
      province: text(r.province_code),
      city: text(r.city_code),
      county: text(r.county_code),
      township: text(r.township_code),
    },
    errors: Number(r.error_count),
    warnings: Number(r.warning_count),
    late: Boolean(r.late),
    synthetic: Boolean(r.synthetic),
  }));
}
