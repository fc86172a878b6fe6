// A scope's figures per year, from the rollups ingest maintains (never a scan of reports).
import { sql } from 'drizzle-orm';
import { METRICS } from '../../lib/metrics';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface ScopeYear {
  year: number;
  reports: number;
  synthetic: number;
  withErrors: number;
  late: number;
  /** metric key → value (null: stated by none of the reports) */
  values: Record<string, number | null>;
}

type RollupRecord = Record<string, number | string | null>;

const num = (v: number | string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

export function toScopeYear(row: RollupRecord): ScopeYear {
  return {
    year: Number(row.year),
    reports: Number(row.reports ?? 0),
    synthetic: Number(row.synthetic ?? 0),
    withErrors: Number(row.with_errors ?? 0),
    late: Number(row.late ?? 0),
    values: Object.fromEntries(METRICS.map((m) => [m.key, num(row[m.column])])),
  };
}

/** Every year of a scope ('CN' or a region code), oldest first. */
export async function getScopeYears(db: Db, region: string): Promise<ScopeYear[]> {
  const rows = await queryRows<RollupRecord>(
    db,
    sql`select * from rollups where region_code = ${region} order by year`,
  );
  return rows.map(toScopeYear);
}
