// The consistency check behind `npm run db:check`: what a killed ingest, a full disk or a lost server must
// never leave behind. Every report has its metrics row and exactly the findings its parse produced; at most
// one current version per agency-year, never a hidden one, and one whenever a visible version exists;
// rollups equal the sums over current visible reports; no agency without reports.
import { sql, type SQL } from 'drizzle-orm';
import { METRICS } from '../lib/metrics';
import type { Db } from './client';
import { LIST_COUNTS } from './queries/compliance';
import { queryRows } from './rows';
import { derivedStale } from './stale';

export interface CheckProblem {
  check: string;
  message: string;
  /** up to 20 offending keys (report ids, agency-years, region-years) */
  examples: string[];
}

export interface CheckResult {
  reports: number;
  agencies: number;
  rollups: number;
  /** an ingest stopped after saving and before summing (db/stale.ts): the sums lag by design until the next
   * ingest recomputes them, so a rollup mismatch is not counted as a problem */
  pendingRefresh: boolean;
  problems: CheckProblem[];
}

const LEVELS = ['province_code', 'city_code', 'county_code', 'township_code'];

/** The rollups refreshRollups would write, computed afresh (one row per region code and year). */
function expectedRollups(): string {
  const sums = METRICS.map((m) => `sum(m.${m.column}) as ${m.column}`).join(', ');
  const body = (code: string, extra: string) => `select ${code} as region_code, r.year, count(*)::int as reports,
      (count(*) filter (where r.synthetic))::int as synthetic, (count(*) filter (where r.error_count > 0))::int as with_errors,
      (count(*) filter (where r.late))::int as late, ${LIST_COUNTS.sums}, ${sums}
    from reports r join report_metrics m on m.report_id = r.id ${LIST_COUNTS.join}
    where r.is_current and not r.hidden and r.year is not null ${extra} group by 1, r.year`;
  return [body(`'CN'`, ''), ...LEVELS.map((c) => body(`r.${c}`, `and r.${c} is not null`))].join('\nunion all\n');
}

function rollupMismatch(): SQL {
  const columns = ['reports', 'synthetic', 'with_errors', 'late', ...LIST_COUNTS.columns, ...METRICS.map((m) => m.column)];
  // sums of doubles in another order may differ in the last bits: compare with a relative tolerance
  const differs = columns
    .map((c) => `(e.${c} is null) <> (a.${c} is null) or abs(coalesce(e.${c}, 0) - coalesce(a.${c}, 0)) > 1e-6 * greatest(1, abs(coalesce(e.${c}, 0)))`)
    .join(' or ');
  return sql.raw(`with e as (${expectedRollups()})
    select coalesce(e.region_code, a.region_code) || '/' || coalesce(e.year, a.year) as key
    from e full outer join rollups a on a.region_code = e.region_code and a.year = e.year
    where e.region_code is null or a.region_code is null or ${differs}
    order by 1 limit 20`);
}

const CHECKS: { check: string; message: string; query: () => SQL }[] = [
  {
    check: 'metrics',
    message: '报告缺少指标行（report_metrics）',
    query: () => sql`select r.id::text as key from reports r
      where not exists (select 1 from report_metrics m where m.report_id = r.id) order by r.id limit 20`,
  },
  {
    check: 'findings',
    message: '报告保存的检查结果条数与其解析结果不符',
    query: () => sql`select r.id::text as key from reports r
      where jsonb_array_length(coalesce(r.parsed->'findings', '[]'::jsonb))
        <> (select count(*) from findings f where f.report_id = r.id and f.scope = 'report')
      order by r.id limit 20`,
  },
  {
    check: 'current',
    message: '同一机关同一年度的现行版本不是恰好一个（或现行版本被隐藏）',
    query: () => sql`select agency_id || '/' || coalesce(year::text, '?') as key from reports
      group by agency_id, year
      having count(*) filter (where is_current) > 1
          or count(*) filter (where is_current and hidden) > 0
          or (count(*) filter (where is_current) = 0 and count(*) filter (where not hidden) > 0)
      order by 1 limit 20`,
  },
  { check: 'rollups', message: '汇总表（rollups）与现行报告的合计不一致', query: rollupMismatch },
  {
    check: 'agencies',
    message: '有发布机关没有任何报告',
    query: () => sql`select a.id::text as key from agencies a
      where not exists (select 1 from reports r where r.agency_id = a.id) order by a.id limit 20`,
  },
];

export async function checkConsistency(db: Db): Promise<CheckResult> {
  const problems: CheckProblem[] = [];
  const pendingRefresh = await derivedStale(db);
  for (const c of CHECKS) {
    if (pendingRefresh && c.check === 'rollups') continue;
    const rows = await queryRows<{ key: string }>(db, c.query());
    if (rows.length) problems.push({ check: c.check, message: c.message, examples: rows.map((r) => String(r.key)) });
  }
  const [counts] = await queryRows<{ reports: number; agencies: number; rollups: number }>(
    db,
    sql`select (select count(*) from reports)::int as reports, (select count(*) from agencies)::int as agencies,
        (select count(*) from rollups)::int as rollups`,
  );
  return {
    reports: Number(counts.reports),
    agencies: Number(counts.agencies),
    rollups: Number(counts.rollups),
    pendingRefresh,
    problems,
  };
}
