// The compliance lists of a scope and year: late reports, arithmetic errors, template misuse, broken
// carry-over chains and copied text. Each row names the report it links to.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export const COMPLIANCE_KINDS = ['late', 'arithmetic', 'template', 'carry', 'copied'] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

export interface ComplianceRow {
  kind: ComplianceKind;
  reportId: number;
  agencyName: string;
  year: number | null;
  regionCode: string | null;
  publishedOn: string | null;
  rule: string;
  message: string;
}

/** Rule ids of each list (report-format.md §5, §7.2): A1–A3 and R1–R3 are the table arithmetic. */
const RULES: Record<Exclude<ComplianceKind, 'late'>, SQL> = {
  arithmetic: sql`(f.rule ~ '^[AR][0-9]')`,
  template: sql`(f.rule like 'C2%')`,
  carry: sql`(f.rule like 'X1%')`,
  copied: sql`(f.rule like 'C9%')`,
};

const LEVEL_COLUMNS = ['province_code', 'city_code', 'county_code', 'township_code'];

export function scopeFilter(region: string): SQL {
  if (region === 'CN') return sql`true`;
  const i = [2, 4, 6, 9].indexOf(region.length);
  return sql`${sql.raw(`r.${LEVEL_COLUMNS[i]}`)} = ${region}`;
}

const LIMIT = 500;

export async function getComplianceRows(db: Db, region: string, year: number | null): Promise<ComplianceRow[]> {
  const inYear = year === null ? sql`true` : sql`r.year = ${year}`;
  const base = sql`r.is_current and not r.hidden and ${scopeFilter(region)} and ${inYear}`;
  // a finding carries its report's year: filtering on it lets the planner start from one year's findings
  // instead of hashing every report of that year (400 ms at national scale)
  const findingYear = year === null ? sql`true` : sql`f.year = ${year}`;
  const kind = sql.raw(
    `case when f.rule ~ '^[AR][0-9]' then 'arithmetic' when f.rule like 'C2%' then 'template'
       when f.rule like 'X1%' then 'carry' else 'copied' end`,
  );
  const [late, found] = await Promise.all([
    queryRows<Record<string, unknown>>(
      db,
      sql`select r.id, a.name, r.year, a.region_code, r.published_on::text as published_on,
            coalesce((select f.rule from findings f where f.report_id = r.id and f.rule like 'C1%' limit 1), 'C1-deadline') as rule,
            coalesce((select f.message from findings f where f.report_id = r.id and f.rule like 'C1%' limit 1), '晚于法定期限发布') as message
          from reports r join agencies a on a.id = r.agency_id
          where ${base} and r.late order by r.year desc, a.name limit ${LIMIT}`,
    ),
    queryRows<Record<string, unknown>>(
      db,
      sql`select ${kind} as kind, r.id, a.name, r.year, a.region_code, r.published_on::text as published_on, f.rule, f.message
          from findings f join reports r on r.id = f.report_id join agencies a on a.id = r.agency_id
          where ${base} and ${findingYear} and f.severity <> 'info'
            and (${RULES.arithmetic} or ${RULES.template} or ${RULES.carry} or ${RULES.copied})
          order by r.year desc, a.name, f.rule limit ${LIMIT * 4}`,
    ),
  ]);
  const toRow = (k: ComplianceKind, r: Record<string, unknown>): ComplianceRow => ({
    kind: k,
    reportId: Number(r.id),
    agencyName: String(r.name),
    year: r.year === null ? null : Number(r.year),
    regionCode: r.region_code === null ? null : String(r.region_code),
    publishedOn:
      r.published_on === null ? null : r.published_on instanceof Date ? r.published_on.toISOString().slice(0, 10) : String(r.published_on).slice(0, 10),
    rule: String(r.rule),
    message: String(r.message),
  });
  return [...late.map((r) => toRow('late', r)), ...found.map((r) => toRow(r.kind as ComplianceKind, r))];
}
