// Regions for the open read API: every region of one level under a parent (codes nest by prefix:
// 51 → 5117 → 511725 → 511725100), so a county's townships or a province's counties are one query.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';
import type { RegionInfo } from './regions';

type Level = Exclude<RegionInfo['level'], 'nation'>;

export async function getRegionsUnder(db: Db, parent: string, level: Level): Promise<RegionInfo[]> {
  const under = parent === 'CN' ? sql`true` : sql`starts_with(code, ${parent})`;
  const rows = await queryRows<{ code: string; name: string; level: Level; parent_code: string | null }>(
    db,
    sql`select code, name, level, parent_code from regions where level = ${level} and ${under} order by code`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}
