// Regions for page headers and breadcrumbs: one region, its ancestors, its children.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface RegionInfo {
  code: string;
  name: string;
  level: 'nation' | 'province' | 'city' | 'county' | 'township';
  parentCode: string | null;
}

export const NATION: RegionInfo = { code: 'CN', name: '全国', level: 'nation', parentCode: null };

type RegionRow = { code: string; name: string; level: RegionInfo['level']; parent_code: string | null };
const toInfo = (r: RegionRow): RegionInfo => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code });

/** The region of a code, or null when the gazetteer has no such code. 'CN' is the nation. */
export async function getRegion(db: Db, code: string): Promise<RegionInfo | null> {
  if (code === 'CN') return NATION;
  const rows = await queryRows<RegionRow>(
    db,
    sql`select code, name, level, parent_code from regions where code = ${code}`,
  );
  return rows[0] ? toInfo(rows[0]) : null;
}

/** The nation and every ancestor of a region down to the region itself (for the breadcrumb). */
export async function getRegionPath(db: Db, code: string): Promise<RegionInfo[]> {
  if (code === 'CN') return [NATION];
  const prefixes = [2, 4, 6, 9].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  const rows = await queryRows<RegionRow>(
    db,
    sql`select code, name, level, parent_code from regions
        where code in (${sql.join(prefixes.map((p) => sql`${p}`), sql`, `)})
        order by length(code)`,
  );
  return [NATION, ...rows.map(toInfo)];
}

/** The regions one level below (provinces under the nation). */
export async function getChildRegions(db: Db, code: string): Promise<RegionInfo[]> {
  const rows = await queryRows<RegionRow>(
    db,
    code === 'CN'
      ? sql`select code, name, level, parent_code from regions where level = 'province' order by code`
      : sql`select code, name, level, parent_code from regions where parent_code = ${code} order by code`,
  );
  return rows.map(toInfo);
}
