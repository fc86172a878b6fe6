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

/** Rows per list and page: 100, or GONGKAI_COMPLIANCE_PAGE_SIZE (the end-to-end test pages the small bundled
 * corpus with it). */
function pageSize(): number {
  const raw = process.env.GONGKAI_COMPLIANCE_PAGE_SIZE;
  if (!raw) return COMPLIANCE_PAGE_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new Error(
      `GONGKAI_COMPLIANCE_PAGE_SIZE must be a whole number from 1 to 1000, not "${raw}".`,
    );
  return n;
}

export async function loadCompliance(db: Db, view: View): Promise<ComplianceData | null> {
  const region = await getRegion(db, view.region);
  if (!region) return null;
  const [path, scopeYears] = await Promise.all([
    getRegionPath(db, region.code),
    getScopeYears(db, region.code),
  ]);
  const years = scopeYears.map((y) => y.year);
  const year = view.year !== null && years.includes(view.year) ? view.year : null;
  const matrixYears = year === null ? years : [year];
  const after = view.list ? parseCursor(view.after) : null;
  const [children, issuers, lists] = await Promise.all([
    region.level === 'township' || !years.length
      ? []
      : getChildUnits(db, region.code, matrixYears, null),
    years.length ? getOwnIssuers(db, region.code, matrixYears, null) : [],
    getComplianceLists(db, {
      region: region.code,
      years: matrixYears,
      list: view.list,
      after,
      limit: pageSize(),
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
    synthetic: scopeYears
      .filter((y) => year === null || y.year === year)
      .reduce((n, y) => n + y.synthetic, 0),
  };
}
