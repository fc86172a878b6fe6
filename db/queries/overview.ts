import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface DatabaseSummary {
  reports: number;
  agencies: number;
  regions: number;
  years: { min: number | null; max: number | null };
}

/** What the home page says about the data before any chart: how much there is. */
export async function getDatabaseSummary(db: Db): Promise<DatabaseSummary> {
  const [row] = await queryRows<{
    reports: number;
    agencies: number;
    regions: number;
    min_year: number | null;
    max_year: number | null;
  }>(
    db,
    sql`select
      (select count(*)::int from reports where is_current and not hidden) as reports,
      (select count(*)::int from agencies) as agencies,
      (select count(*)::int from regions) as regions,
      (select min(year) from reports where is_current) as min_year,
      (select max(year) from reports where is_current) as max_year`,
  );
  return {
    reports: row.reports,
    agencies: row.agencies,
    regions: row.regions,
    years: { min: row.min_year, max: row.max_year },
  };
}
