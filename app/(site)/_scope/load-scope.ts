// Everything a scope page (the overview or a region) shows, read through db/queries for one view.
import type { Db } from '@/db/client';
import { getChildComparison } from '@/db/queries/compare';
import { getRegion, getRegionPath, type RegionInfo } from '@/db/queries/regions';
import { getScopeYears, type ScopeYear } from '@/db/queries/trends';
import { getChildUnits, getOwnIssuers, type Unit } from '@/db/queries/units';
import type { CompareRow } from '@/lib/charts/compare';
import { TREND_FIRST_YEAR, viewHref, type View } from '@/lib/view';

export interface ScopeData {
  region: RegionInfo;
  path: RegionInfo[];
  /** every year the scope has reports for */
  allYears: ScopeYear[];
  /** the selected year (the view's, or the latest with data); null when nothing was filed */
  year: number | null;
  /** the years the charts and tables span */
  shown: ScopeYear[];
  compare: CompareRow[];
  children: Unit[];
  issuers: Unit[];
  synthetic: number;
}

export async function loadScope(db: Db, view: View): Promise<ScopeData | null> {
  const region = await getRegion(db, view.region);
  if (!region) return null;
  const [path, allYears] = await Promise.all([getRegionPath(db, region.code), getScopeYears(db, region.code)]);
  const available = allYears.map((y) => y.year);
  const latest = available.length ? Math.max(...available) : null;
  const year = view.year !== null && available.includes(view.year) ? view.year : latest;
  const from = view.from ?? Math.min(TREND_FIRST_YEAR, latest ?? TREND_FIRST_YEAR);
  const to = view.to ?? latest ?? from;
  const shown = allYears.filter((y) => y.year >= from && y.year <= to);
  const shownYears = shown.map((y) => y.year);
  const township = region.level === 'township';
  const [compare, children, issuers] = await Promise.all([
    year !== null && !township ? getChildComparison(db, region.code, view.metric, year) : Promise.resolve([]),
    township || !shownYears.length ? Promise.resolve([]) : getChildUnits(db, region.code, shownYears, year),
    shownYears.length ? getOwnIssuers(db, region.code, shownYears, year) : Promise.resolve([]),
  ]);
  return {
    region,
    path,
    allYears,
    year,
    shown,
    compare: compare.map((c) => ({
      code: c.code,
      name: c.name,
      value: c.value,
      href: viewHref({ ...view, region: c.code, year }),
    })),
    children,
    issuers,
    synthetic: allYears.reduce((n, y) => n + y.synthetic, 0),
  };
}

export const CHILD_LABELS: Record<RegionInfo['level'], string> = {
  nation: '各省份',
  province: '各市',
  city: '各县（市、区）',
  county: '各乡镇（街道）',
  township: '',
};
