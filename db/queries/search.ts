// Search: regions from an in-memory pinyin index (built lazily once per process from the regions table),
// issuers by name from the database.
import { sql } from 'drizzle-orm';
import { buildRegionIndex, searchRegions, type RegionHit, type RegionIndex, type SearchRegion } from '../../lib/search';
import type { Db } from '../client';
import { queryRows } from '../rows';

const key = Symbol.for('gongkai.regionIndex');
type Holder = { [key]?: Promise<RegionIndex> };

/** The pinyin index of the ~45,000 regions: ~3 s to build, so once per process and only when first asked. */
export function getRegionIndex(db: Db): Promise<RegionIndex> {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    holder[key] = queryRows<{ code: string; name: string; level: string; parent_code: string | null }>(
      db,
      sql`select code, name, level, parent_code from regions order by code`,
    ).then((rows) =>
      buildRegionIndex(rows.map((r): SearchRegion => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }))),
    );
    holder[key].catch(() => delete holder[key]);
  }
  return holder[key];
}

export async function getRegionHits(db: Db, q: string): Promise<RegionHit[]> {
  return searchRegions(await getRegionIndex(db), q, 50);
}

export interface IssuerHit {
  agencyId: number;
  name: string;
  regionCode: string | null;
  reports: number;
  latestReportId: number | null;
  latestYear: number | null;
}

/** Issuers whose name contains the text (a 乡/镇/街道 suffix of the query is not required to match). */
export async function getIssuerHits(db: Db, q: string, core: string): Promise<IssuerHit[]> {
  const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select a.id, a.name, a.region_code,
          (select count(*)::int from reports r where r.agency_id = a.id and r.is_current and not r.hidden) as reports,
          (select r.id from reports r where r.agency_id = a.id and r.is_current and not r.hidden order by r.year desc nulls last limit 1) as latest_id,
          (select max(r.year) from reports r where r.agency_id = a.id and r.is_current and not r.hidden) as latest_year
        from agencies a
        where a.name ilike ${like(q)} or a.name ilike ${like(core)}
        order by a.name limit 50`,
  );
  return rows
    .map((r) => ({
      agencyId: Number(r.id),
      name: String(r.name),
      regionCode: r.region_code === null ? null : String(r.region_code),
      reports: Number(r.reports),
      latestReportId: r.latest_id === null ? null : Number(r.latest_id),
      latestYear: r.latest_year === null ? null : Number(r.latest_year),
    }))
    .filter((h) => h.reports > 0);
}
