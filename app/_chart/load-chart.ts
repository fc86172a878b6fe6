// The data of one shared chart (the /charts page, the embed, the /og image and the exports all call this):
// the scope's years from the rollups, the units below for a comparison, and the data version's date.
import type { Db } from '@/db/client';
import { getChildComparison } from '@/db/queries/compare';
import { getDataVersion } from '@/db/queries/data-version';
import { getRegion, getRegionPath, NATION } from '@/db/queries/regions';
import { getScopeYears } from '@/db/queries/trends';
import { buildChartModel, type ChartModel } from '@/lib/share/chart-model';
import { viewHref, type View } from '@/lib/view';

/** The model of the chart a view asks for; a region the database does not know falls back to the nation. */
export async function loadChart(db: Db, requested: View): Promise<ChartModel> {
  const region = (await getRegion(db, requested.region)) ?? NATION;
  const view = { ...requested, region: region.code };
  const [path, years, version] = await Promise.all([
    region.code === 'CN' ? Promise.resolve([NATION]) : getRegionPath(db, region.code),
    getScopeYears(db, region.code),
    getDataVersion(db),
  ]);
  const available = years.map((y) => y.year);
  const compareYear =
    view.year !== null && available.includes(view.year) ? view.year : available.length ? Math.max(...available) : null;
  const compare =
    view.by === 'region' && region.level !== 'township' && compareYear !== null
      ? await getChildComparison(db, region.code, view.metric, compareYear)
      : [];
  return buildChartModel(view, {
    region,
    path,
    years,
    compare: compare.map((c) => ({
      code: c.code,
      name: c.name,
      value: c.value,
      href: viewHref({ region: c.code, year: compareYear, metric: view.metric }),
    })),
    dataDate: version.updatedAt,
    synthetic: years.reduce((n, y) => n + y.synthetic, 0),
  });
}
