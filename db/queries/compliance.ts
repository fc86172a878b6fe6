// The compliance lists of a scope and year: late reports, arithmetic errors, template misuse, broken
// carry-over chains and copied text, a page at a time. Each row names the report it links to.
//
// Every list is read in the order of its own partial index (db/schema.ts: reports_late_list_idx,
// findings_list_*_idx): year (newest first), place (the report's deepest region code, compared as bytes), report
// id, finding id. A scope is a range of places (a region's code is a prefix of every code below it, see
// lib/regions/path-codes.ts), so one year of one scope is one contiguous range of the index, and a page starts
// at the cursor and stops after `limit` entries: the cost is the page, whatever the number of findings.
// Several years are one branch per year, merged in order (Merge Append): the older years are only read as
// far as the page needs them.
import { sql, type SQL } from 'drizzle-orm';
import { COMPLIANCE_KINDS, type ComplianceCursor, type ComplianceKind } from '../../lib/compliance';
import type { Db } from '../client';
import { queryRows } from '../rows';

export { COMPLIANCE_KINDS, type ComplianceKind };

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

export interface CompliancePage {
  rows: ComplianceRow[];
  /** where the next page starts; null on the last page */
  next: ComplianceCursor | null;
}

export interface ListOptions {
  region: string;
  years: number[];
  kind: ComplianceKind;
  after?: ComplianceCursor | null;
  limit: number;
}

type FindingKind = Exclude<ComplianceKind, 'late'>;

/** Rule ids of each finding list (report-format.md §5, §7.2): A1–A3 and R1–R3 are the table arithmetic. Written
 * as literals, never as parameters, so the planner matches them with the partial indexes' predicates. */
export const LIST_RULES: Record<FindingKind, string> = {
  arithmetic: `f.rule ~ '^[AR][0-9]'`,
  template: `f.rule like 'C2%'`,
  carry: `f.rule like 'X1%'`,
  copied: `f.rule like 'C9%'`,
};

/** The rollups column holding each list's total (db/derived.ts). */
export const ROLLUP_COLUMNS: Record<ComplianceKind, string> = {
  late: 'late',
  arithmetic: 'arithmetic',
  template: 'template_misuse',
  carry: 'carry_breaks',
  copied: 'copied',
};

const FINDING_KINDS = Object.keys(LIST_RULES) as FindingKind[];

/** For the rollups (db/derived.ts, db/check.ts): a join giving each report `c` its number of findings in each
 * list, and the sums of those numbers over the reports grouped. */
export const LIST_COUNTS = {
  join: `left join (select f.report_id, ${FINDING_KINDS.map((k) => `count(*) filter (where ${LIST_RULES[k]}) as ${ROLLUP_COLUMNS[k]}`).join(', ')}
    from findings f where f.severity <> 'info' and (${FINDING_KINDS.map((k) => LIST_RULES[k]).join(' or ')})
    group by f.report_id) c on c.report_id = r.id`,
  sums: FINDING_KINDS.map(
    (k) => `coalesce(sum(c.${ROLLUP_COLUMNS[k]}), 0)::int as ${ROLLUP_COLUMNS[k]}`,
  ).join(', '),
  columns: FINDING_KINDS.map((k) => ROLLUP_COLUMNS[k]),
};

/** The place expressions, exactly as the indexes have them. */
const FINDING_PLACE = sql.raw(`(coalesce(f.region_code, '') collate "C")`);
const REPORT_PLACE = sql.raw(
  `(coalesce(r.township_code, r.county_code, r.city_code, r.province_code, '') collate "C")`,
);

/** A scope as a range of places: every code that starts with the region's code ('CN': all of them). */
function inScope(place: SQL, region: string): SQL {
  // ':' is the byte after '9', so the range holds exactly the codes that start with `region`
  return region === 'CN' ? sql`true` : sql`${place} >= ${region} and ${place} < ${region + ':'}`;
}

/** `column = any(years)` with the years as literals in descending order: one index descent per year, and the
 * scan still comes out in index order (year first), so LIMIT stops it. */
function yearIn(column: SQL, years: number[]): SQL {
  return years.length === 1
    ? sql`${column} = ${years[0]}`
    : sql`${column} = any(array[${sql.join(
        years.map((y) => sql`${y}`),
        sql`, `,
      )}]::int[])`;
}

/**
 * At most `limit` rows of the list in `years`, starting after `after` when given (whose year is then the only
 * one). The walk is one index range per year: the `where` holds only equalities and ranges on the index's
 * columns (severity, rule and is_current/hidden/late are the indexes' own predicates), and the order by is
 * the index's, down to nulls last.
 */
function walk(
  kind: ComplianceKind,
  region: string,
  years: number[],
  after: ComplianceCursor | null,
  limit: number,
): SQL {
  if (kind === 'late') {
    const from = after
      ? sql`and (${REPORT_PLACE}, r.id) > (${after.place}, ${after.reportId})`
      : sql``;
    return sql`(select r.year, ${REPORT_PLACE} as place, r.id as report_id, 0 as finding_id, r.agency_id,
          r.published_on, null::text as rule, null::text as message
        from reports r
        where r.is_current and not r.hidden and r.late and ${yearIn(sql`r.year`, years)}
          and ${inScope(REPORT_PLACE, region)} ${from}
        order by r.year desc nulls last, ${REPORT_PLACE}, r.id limit ${limit})`;
  }
  const from = after
    ? sql`and (${FINDING_PLACE}, f.report_id, f.id) > (${after.place}, ${after.reportId}, ${after.findingId})`
    : sql``;
  return sql`(select f.year, ${FINDING_PLACE} as place, f.report_id, f.id as finding_id, r.agency_id,
        r.published_on, f.rule, f.message
      from findings f join reports r on r.id = f.report_id
      where f.severity <> 'info' and ${sql.raw(LIST_RULES[kind])} and ${yearIn(sql`f.year`, years)}
        and ${inScope(FINDING_PLACE, region)} ${from} and r.is_current and not r.hidden
      order by f.year desc nulls last, ${FINDING_PLACE}, f.report_id, f.id limit ${limit})`;
}

/**
 * One page of one list: the rows of `region` in `years` after `after` (null: from the start). `years` are the
 * scope's years with reports (one year, or all of them for the all-years view); reports without a year
 * belong to none, as in the rollups the totals come from.
 */
export async function getComplianceList(db: Db, options: ListOptions): Promise<CompliancePage> {
  const query = complianceListQuery(options);
  const rows = query ? await queryRows<Record<string, unknown>>(db, query) : [];
  const { kind, limit } = options;
  const last = rows.length > limit ? rows[limit - 1] : null;
  return {
    rows: rows.slice(0, limit).map((r) => toRow(kind, r)),
    next: last && {
      year: Number(last.year),
      place: String(last.place),
      reportId: Number(last.report_id),
      findingId: Number(last.finding_id),
    },
  };
}

/** The statement behind getComplianceList (null when no year is left to read); the bench prints its plan. */
export function complianceListQuery(options: ListOptions): SQL | null {
  const { region, kind } = options;
  const after = options.after ?? null;
  // one more than the page, to know whether a next page exists
  const limit = options.limit + 1;
  const years = [...new Set(options.years)].sort((a, b) => b - a);
  // after a cursor: the rest of the cursor's year, then the years before it. Two walks, since the order is
  // year descending but place, report and finding ascending, which no single row comparison expresses.
  const parts: SQL[] = [];
  if (after && years.includes(after.year))
    parts.push(walk(kind, region, [after.year], after, limit));
  const older = after ? years.filter((y) => y < after.year) : years;
  if (older.length) parts.push(walk(kind, region, older, null, limit));
  if (!parts.length) return null;
  const rule =
    kind === 'late'
      ? sql`coalesce((select f.rule from findings f where f.report_id = p.report_id and f.rule like 'C1%'
            order by f.id limit 1), 'C1-deadline') as rule,
          coalesce((select f.message from findings f where f.report_id = p.report_id and f.rule like 'C1%'
            order by f.id limit 1), '晚于法定期限发布') as message`
      : sql`p.rule, p.message`;
  return sql`select p.year, p.place, p.report_id, p.finding_id, a.name, a.region_code,
        p.published_on::text as published_on, ${rule}
      from (select * from (${sql.join(parts, sql` union all `)}) w
            order by year desc nulls last, place, report_id, finding_id limit ${limit}) p
      join agencies a on a.id = p.agency_id
      order by p.year desc nulls last, p.place, p.report_id, p.finding_id`;
}

function toRow(kind: ComplianceKind, r: Record<string, unknown>): ComplianceRow {
  return {
    kind,
    reportId: Number(r.report_id),
    agencyName: String(r.name),
    year: r.year === null ? null : Number(r.year),
    regionCode: r.region_code === null ? null : String(r.region_code),
    publishedOn: r.published_on === null ? null : String(r.published_on).slice(0, 10),
    rule: String(r.rule),
    message: String(r.message),
  };
}

/** The total of each list for a scope and its years, from the rollups ingest maintains (no list is counted). */
export async function getComplianceCounts(
  db: Db,
  region: string,
  years: number[],
): Promise<Record<ComplianceKind, number>> {
  const sums = COMPLIANCE_KINDS.map(
    (k) => `coalesce(sum(${ROLLUP_COLUMNS[k]}), 0)::int as "${k}"`,
  ).join(', ');
  const [row] = years.length
    ? await queryRows<Record<ComplianceKind, unknown>>(
        db,
        sql`select ${sql.raw(sums)} from rollups
            where region_code = ${region} and year in (${sql.join(
              years.map((y) => sql`${y}`),
              sql`, `,
            )})`,
      )
    : [];
  return Object.fromEntries(COMPLIANCE_KINDS.map((k) => [k, Number(row?.[k] ?? 0)])) as Record<
    ComplianceKind,
    number
  >;
}

export interface ComplianceLists {
  counts: Record<ComplianceKind, number>;
  lists: Record<ComplianceKind, CompliancePage>;
}

/**
 * What the compliance page shows of its lists: each list's total and one page of each — the first, except for
 * `list`, which starts after `after` (the page a "next page" link asks for).
 */
export async function getComplianceLists(
  db: Db,
  options: {
    region: string;
    years: number[];
    list?: ComplianceKind | null;
    after?: ComplianceCursor | null;
    limit: number;
  },
): Promise<ComplianceLists> {
  const { region, years, limit } = options;
  const [counts, ...pages] = await Promise.all([
    getComplianceCounts(db, region, years),
    ...COMPLIANCE_KINDS.map((kind) =>
      getComplianceList(db, {
        region,
        years,
        kind,
        limit,
        after: kind === options.list ? options.after : null,
      }),
    ),
  ]);
  return {
    counts,
    lists: Object.fromEntries(
      COMPLIANCE_KINDS.map((k, i) => [k, pages[i]]),
    ) as ComplianceLists['lists'],
  };
}

/** Every row of every list for a scope and its years, list after list, `chunk` rows per read (the CSV). */
export async function* eachComplianceChunk(
  db: Db,
  region: string,
  years: number[],
  chunk: number,
): AsyncGenerator<ComplianceRow[]> {
  for (const kind of COMPLIANCE_KINDS) {
    let after: ComplianceCursor | null = null;
    do {
      const page: CompliancePage = await getComplianceList(db, {
        region,
        years,
        kind,
        after,
        limit: chunk,
      });
      if (page.rows.length) yield page.rows;
      after = page.next;
    } while (after);
  }
}
