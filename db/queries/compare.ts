// The comparison of the units one level below a scope for one metric and year (from rollups).
import { sql } from 'drizzle-orm';
import { METRIC_BY_KEY } from '../../lib/metrics';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface ChildValue {
  code: string;
  name: string;
  value: number | null;
  reports: number;
  synthetic: number;
}

/** Children that filed anything that year, with the metric's sum; the metric key must be registered. */
export async function getChildComparison(
  db: Db,
  region: string,
  metricKey: string,
  year: number,
): Promise<ChildValue[]> {
  const metric = METRIC_BY_KEY.get(metricKey);
  if (!metric) throw new Error(`Unknown metric ${metricKey}`);
  // the column name comes from the registry, never from the request
  const column = sql.raw(`u.${metric.column}`);
  const children =
    region === 'CN'
      ? sql`r.level = 'province'`
      : sql`r.parent_code = ${region}`;
  const rows = await queryRows<{ code: string; name: string; value: number | null; reports: number; synthetic: number }>(
    db,
    sql`select r.code, r.name, ${column} as value, u.reports, u.synthetic
        from regions r join rollups u on u.region_code = r.code and u.year = ${year}
        where ${children}
        order by r.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    value: r.value === null ? null : Number(r.value),
    reports: Number(r.reports),
    synthetic: Number(r.synthetic),
  }));
}
