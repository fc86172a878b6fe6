// What the compliance page and its CSV read for one region and year.
import type { Db } from '@/db/client';
import { getComplianceLists, type ComplianceLists } from '@/db/queries/compliance';
import { getRegion, getRegionPath, type RegionInfo } from '@/db/queries/regions';
import { getScopeYears } from '@/db/queries/trends';
import { getChildUnits, getOwnIssuers, type Unit } from '@/db/queries/units';
import { COMPLIANCE_PAGE_SIZE, parseCursor } from '@/lib/compliance';
import type { View } from '@/lib/view';

export interface ComplianceData {
  region: RegionInfo;
  path: RegionInfo[];
  years: number[];
  /** the filtered year, or null for every year */
  year: number | null;
  children: Unit[];
  issuers: Unit[];
  /** each list's total and the page of it shown (view.list on the page after view.after, the others first) */
  lists: ComplianceLists;
  /** the list whose page is not the first, with where that page starts */
  paged: { list: View['list']; after: string };
  synthetic: number;
}

export async function loadCompliance(db: Db, view: View): Promise<ComplianceData | null> {
  const region = await getRegion(db, view.region);
  if (!region) return null;
  const [path, scopeYears] = await Promise.all([getRegionPath(db, region.code), getScopeYears(db, region.code)]);
  const years = scopeYears.map((y) => y.year);
  const year = view.year !== null && years.includes(view.year) ? view.year : null;
  const matrixYears = year === null ? years : [year];
  const after = view.list ? parseCursor(view.after) : null;
  const [children, issuers, lists] = await Promise.all([
    region.level === 'township' || !years.length ? [] : getChildUnits(db, region.code, matrixYears, null),
    years.length ? getOwnIssuers(db, region.code, matrixYears, null) : [],
    getComplianceLists(db, {
      region: region.code,
      years: matrixYears,
      list: view.list,
      after,
      limit: COMPLIANCE_PAGE_SIZE,
    }),
  ]);
  return {
    region,
    path,
    years,
    year,
    children,
    issuers,
    lists,
    paged: { list: after ? view.list : null, after: after ? view.after : '' },
    synthetic: scopeYears.filter((y) => year === null || y.year === year).reduce((n, y) => n + y.synthetic, 0),
  };
}
