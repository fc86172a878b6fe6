// The units below a scope for its table: every child region of the gazetteer (filed or not, from rollups)
// and the issuers reporting at the scope's own level (departments, the government itself).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface YearStatus {
  reports: number;
  late: number;
  withErrors: number;
  synthetic: number;
  /** set for an issuer's own report */
  reportId?: number;
  findings?: number;
}

export interface UnitFigures {
  appNew: number | null;
  outTotal: number | null;
  cases: number | null;
}

export interface Unit {
  key: string;
  name: string;
  /** child regions link to their page; issuers to the report of the selected year */
  code: string | null;
  years: Record<number, YearStatus>;
  /** figures of the selected year */
  figures: UnitFigures | null;
}

/** `column` is one of the years: a range the planner can walk an index with (a list from a subquery made it
 * hash-join the whole rollups table, 140 ms at 400,000 reports), narrowed to the exact years. */
function yearsIn(column: SQL, years: number[]): SQL {
  if (!years.length) return sql`false`;
  const range = sql`${column} between ${Math.min(...years)} and ${Math.max(...years)}`;
  return sql`(${range} and ${column} in (${sql.join(years.map((y) => sql`${y}`), sql`, `)}))`;
}

const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Child regions × years (from rollups); a child absent in a year has no entry for it. */
export async function getChildUnits(db: Db, region: string, years: number[], year: number | null): Promise<Unit[]> {
  const where = region === 'CN' ? sql`r.level = 'province'` : sql`r.parent_code = ${region}`;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select r.code, r.name, u.year, u.reports, u.late, u.with_errors, u.synthetic,
          u.app_new, u.out_total, u.rev_total, u.lit_total
        from regions r left join rollups u on u.region_code = r.code and ${yearsIn(sql`u.year`, years)}
        where ${where} order by r.code, u.year`,
  );
  const units = new Map<string, Unit>();
  for (const row of rows) {
    const code = String(row.code);
    const unit = units.get(code) ?? { key: code, name: String(row.name), code, years: {}, figures: null };
    units.set(code, unit);
    if (row.year === null) continue;
    const y = Number(row.year);
    unit.years[y] = {
      reports: Number(row.reports),
      late: Number(row.late),
      withErrors: Number(row.with_errors),
      synthetic: Number(row.synthetic),
    };
    if (y === year)
      unit.figures = { appNew: n(row.app_new), outTotal: n(row.out_total), cases: add(n(row.rev_total), n(row.lit_total)) };
  }
  return [...units.values()];
}

const LEVEL_COLUMNS = ['province_code', 'city_code', 'county_code', 'township_code'];

/** Reports filed at exactly this level: `county_code = X and township_code is null` for a county. */
function ownLevel(region: string): SQL {
  if (region === 'CN') return sql`r.province_code is null`;
  const i = [2, 4, 6, 9].indexOf(region.length);
  const own = sql.raw(`r.${LEVEL_COLUMNS[i]}`);
  if (i === 3) return sql`${own} = ${region}`;
  return sql`${own} = ${region} and ${sql.raw(`r.${LEVEL_COLUMNS[i + 1]}`)} is null`;
}

/** Issuers reporting at the scope's own level, with each year's current report. */
export async function getOwnIssuers(db: Db, region: string, years: number[], year: number | null): Promise<Unit[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select a.id as agency_id, a.name, r.id, r.year, r.late, r.error_count, r.synthetic,
          m.app_new, m.out_total, m.rev_total, m.lit_total,
          (select count(*)::int from findings f where f.report_id = r.id and f.severity <> 'info') as findings
        from reports r join agencies a on a.id = r.agency_id
          left join report_metrics m on m.report_id = r.id
        where r.is_current and not r.hidden and ${ownLevel(region)}
          and ${yearsIn(sql`r.year`, years)}
        order by a.name, r.year
        limit 5000`,
  );
  const units = new Map<string, Unit>();
  for (const row of rows) {
    const key = `agency-${row.agency_id}`;
    // an issuer nobody could name is known by its file: show the file name, not the path it came from
    const name = String(row.name).split(/[\\/]/).pop() ?? String(row.name);
    const unit = units.get(key) ?? { key, name, code: null, years: {}, figures: null };
    units.set(key, unit);
    const y = Number(row.year);
    unit.years[y] = {
      reports: 1,
      late: row.late ? 1 : 0,
      withErrors: Number(row.error_count) > 0 ? 1 : 0,
      synthetic: row.synthetic ? 1 : 0,
      reportId: Number(row.id),
      findings: Number(row.findings),
    };
    if (y === year)
      unit.figures = { appNew: n(row.app_new), outTotal: n(row.out_total), cases: add(n(row.rev_total), n(row.lit_total)) };
  }
  return [...units.values()];
}
