// What ingest keeps up to date after saving reports: cross-report findings of the agencies it touched, and
// the per-region, per-year rollups the pages read (so no page scans reports at request time).
import { sql } from 'drizzle-orm';
import { METRICS } from '../lib/metrics';
import {
  CROSS_CELL_KEYS,
  CROSS_SECTIONS,
  crossReportFindings,
  type CrossReport,
} from '../lib/report/cross-checks';
import { driverOf, type Db } from './client';
import { LIST_COUNTS } from './queries/compliance';
import { queryRows } from './rows';

const json = (value: unknown) => JSON.stringify(value);
const cellKeys = json(CROSS_CELL_KEYS);
const sectionKeys = json(CROSS_SECTIONS);

/** Agencies per pass: each pass reads those agencies' reports, so memory stays flat at national scale (at
 * 400,000 reports: 500 a pass peaked 800 MB above the process's base, 100 a pass 280 MB, in the same time;
 * 50 a pass brought the whole load's peak from 2,001 to 1,961 MiB). */
const AGENCY_CHUNK = 50;

/** Re-runs X1/X2/X3/C9 for each agency over its current reports in year order. On PostgreSQL two passes
 * run at once, on two connections: most of a pass is the server reading reports, and a server works each
 * connection on one core. (The embedded database has one connection, so its passes follow each other.) */
export async function refreshCrossFindings(db: Db, agencyIds: number[]): Promise<number> {
  const chunks: number[][] = [];
  const sorted = [...agencyIds].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += AGENCY_CHUNK)
    chunks.push(sorted.slice(i, i + AGENCY_CHUNK));
  let written = 0;
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) written += await refreshCrossChunk(db, chunks[next++]);
  };
  await Promise.all(Array.from({ length: driverOf(db) === 'postgres' ? 2 : 1 }, lane));
  return written;
}

/** The advisory lock key of an agency's cross-report findings (the one-key form: the saves' (agency, year)
 * locks are two-key and never collide with it). */
const CROSS_LOCK = sql.raw('(872342::bigint << 32) + id');

async function refreshCrossChunk(db: Db, agencyIds: number[]): Promise<number> {
  if (!agencyIds.length) return 0;
  const ids = json(agencyIds);
  return db.transaction(async (tx) => {
    // two ingests refreshing the same agency take turns (the locks end with the transaction); each takes
    // its agencies' locks in ascending order, so two never wait on each other in a cycle
    await tx.execute(sql`select pg_advisory_xact_lock(${CROSS_LOCK})
      from (select (jsonb_array_elements_text(${ids}::jsonb))::int as id) a order by id`);
    const rows = await queryRows<{
      id: number;
      agency_id: number;
      year: number;
      region_code: string | null;
      cross: CrossReport | string;
    }>(
      tx as unknown as Db,
      // Only what the checks read (CROSS_CELL_KEYS of ~200 cells, three prose sections): the rest is four
      // fifths of a report and was parsed here for nothing. jsonb_each decompresses the stored value once;
      // each parsed->… on the column itself would decompress it again.
      sql`select r.id, r.agency_id, r.year, p->'meta'->'region'->>'code' as region_code,
            jsonb_build_object(
              'meta', jsonb_build_object('year', p->'meta'->'year', 'template', p->'meta'->'template'),
              'cells', (select coalesce(jsonb_object_agg(k, p->'cells'->k), '{}') from
                jsonb_array_elements_text(${cellKeys}::jsonb) k where p->'cells' ? k),
              'cellNotes', (select coalesce(jsonb_object_agg(k, p->'cellNotes'->k), '{}') from
                jsonb_array_elements_text(${cellKeys}::jsonb) k where p->'cellNotes' ? k),
              'sections', (select coalesce(jsonb_object_agg(k, p->'sections'->k), '{}') from
                jsonb_array_elements_text(${sectionKeys}::jsonb) k where p->'sections' ? k)
            ) as cross
          from reports r
          cross join lateral (select jsonb_object_agg(key, value) as p from jsonb_each(r.parsed)
            where key in ('meta', 'cells', 'cellNotes', 'sections')) x
          where r.is_current and not r.hidden and r.year is not null
            and r.agency_id in (select (jsonb_array_elements_text(${ids}::jsonb))::int)
          order by r.agency_id, r.year`,
    );
    const inserts: Record<string, unknown>[] = [];
    const asReport = (p: CrossReport | string): CrossReport =>
      typeof p === 'string' ? JSON.parse(p) : p;
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1];
      const cur = rows[i];
      if (prev.agency_id !== cur.agency_id) continue;
      for (const f of crossReportFindings(asReport(prev.cross), asReport(cur.cross)))
        inserts.push({
          reportId: cur.id,
          agencyId: cur.agency_id,
          regionCode: cur.region_code,
          year: cur.year,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          cells: f.cells,
        });
    }
    await tx.execute(
      sql`delete from findings where scope = 'crossReport'
          and agency_id in (select (jsonb_array_elements_text(${ids}::jsonb))::int)`,
    );
    for (let i = 0; i < inserts.length; i += 2000) {
      await tx.execute(sql`
        insert into findings (report_id, agency_id, region_code, year, rule, severity, message, cells, scope)
        select "reportId", "agencyId", "regionCode", year, rule, severity, message, cells, 'crossReport'
        from jsonb_to_recordset(${json(inserts.slice(i, i + 2000))}::jsonb) as x(
          "reportId" int, "agencyId" int, "regionCode" text, year int, rule text, severity text,
          message text, cells jsonb)`);
    }
    return inserts.length;
  });
}

const LEVEL_COLUMNS = ['province_code', 'city_code', 'county_code', 'township_code'] as const;

/** Every code whose rollups a set of reports affects: their region path and the nation ('CN'). */
export function affectedRegions(paths: (string | null)[][]): string[] {
  const codes = new Set<string>(['CN']);
  for (const path of paths) for (const code of path) if (code) codes.add(code);
  return [...codes];
}

/** Recomputes rollups for the given region codes ('CN' = national), or for all regions when omitted. */
export async function refreshRollups(db: Db, codes?: string[]): Promise<void> {
  const sums = METRICS.map((m) => `sum(m.${m.column}) as ${m.column}`).join(', ');
  const columns = METRICS.map((m) => m.column).join(', ');
  const base = `count(*)::int as reports,
    (count(*) filter (where r.synthetic))::int as synthetic,
    (count(*) filter (where r.error_count > 0))::int as with_errors,
    (count(*) filter (where r.late))::int as late, ${LIST_COUNTS.sums}, ${sums}
    from reports r join report_metrics m on m.report_id = r.id ${LIST_COUNTS.join}
    where r.is_current and not r.hidden and r.year is not null`;
  const target = `insert into rollups (region_code, year, reports, synthetic, with_errors, late, ${LIST_COUNTS.columns.join(', ')}, ${columns})`;
  const codeList = codes ? json(codes) : null;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(872343)`);
    if (codeList)
      await tx.execute(
        sql`delete from rollups where region_code in (select jsonb_array_elements_text(${codeList}::jsonb))`,
      );
    else await tx.execute(sql`delete from rollups`);
    if (!codeList || codes!.includes('CN'))
      await tx.execute(sql.raw(`${target} select 'CN', r.year, ${base} group by r.year`));
    for (const col of LEVEL_COLUMNS) {
      const filter = codeList
        ? sql` and r.${sql.raw(col)} in (select jsonb_array_elements_text(${codeList}::jsonb))`
        : sql``;
      await tx.execute(
        sql`${sql.raw(`${target} select r.${col}, r.year, ${base} and r.${col} is not null`)}${filter} group by r.${sql.raw(col)}, r.year`,
      );
    }
    // what the pages show has changed: cached share images and exports keyed by the old version go stale
    await tx.execute(
      sql`update data_version set version = version + 1, updated_at = now() where id = 1`,
    );
  });
}
