// The admin's writes on stored reports: hide or restore a version, give a report its region, re-parse
// after a parser upgrade. Each keeps the invariants db/check.ts verifies: at most one current version per
// agency-year and never a hidden one; rollups and cross-report findings follow.
import { sql } from 'drizzle-orm';
import { PARSER_VERSION } from '../lib/report/parse';
import type { RegionResolution } from '../lib/report/types';
import type { Db } from './client';
import { affectedRegions, refreshCrossFindings, refreshRollups } from './derived';
import { parseBytes } from './parse-bytes';
import { reparseReport } from './reassign';
import { queryRows } from './rows';
import { isReport } from './save';

interface StoredRow {
  id: number;
  agency_id: number;
  year: number | null;
  hidden: boolean;
  is_current: boolean;
  path: (string | null)[];
}

async function storedRow(db: Db, id: number): Promise<StoredRow | null> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, agency_id, year, hidden, is_current, province_code, city_code, county_code, township_code
        from reports where id = ${id}`,
  );
  if (!row) return null;
  const code = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(row.id),
    agency_id: Number(row.agency_id),
    year: row.year === null ? null : Number(row.year),
    hidden: Boolean(row.hidden),
    is_current: Boolean(row.is_current),
    path: [code(row.province_code), code(row.city_code), code(row.county_code), code(row.township_code)],
  };
}

/**
 * Hides a version from every page and sum, or restores it. Hiding the current version makes the most
 * recently ingested visible version of that agency-year current; a restored version becomes current only
 * when the agency-year has no visible current version (restoring an old file does not demote a newer one).
 */
export async function setReportHidden(db: Db, id: number, hidden: boolean): Promise<'done' | 'unchanged' | null> {
  const row = await storedRow(db, id);
  if (!row) return null;
  if (row.hidden === hidden) return 'unchanged';
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // the same lock as save.ts takes for this agency-year, so a concurrent ingest waits
    await t.execute(sql`select pg_advisory_xact_lock(${row.agency_id}, ${row.year ?? 0})`);
    const sameYear = sql`agency_id = ${row.agency_id} and year is not distinct from ${row.year}`;
    if (hidden) {
      await t.execute(sql`update reports set hidden = true, is_current = false where id = ${id}`);
      if (row.is_current)
        await t.execute(sql`update reports set is_current = true where id = (
          select id from reports where ${sameYear} and not hidden order by ingested_at desc, id desc limit 1)`);
    } else {
      await t.execute(sql`update reports set hidden = false where id = ${id}`);
      await t.execute(sql`update reports set is_current = true where id = ${id}
        and not exists (select 1 from reports where ${sameYear} and is_current)`);
    }
  });
  await refreshCrossFindings(db, [row.agency_id]);
  await refreshRollups(db, affectedRegions([row.path]));
  return 'done';
}

/** Agencies left without any report (a report moved to another region moves to another agency). */
export async function pruneOrphanAgencies(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const orphans = sql`select a.id from agencies a where not exists (select 1 from reports r where r.agency_id = a.id)`;
    await t.execute(sql`delete from findings where report_id is null and agency_id in (${orphans})`);
    const rows = await queryRows<{ id: number }>(t, sql`delete from agencies where id in (${orphans}) returning id`);
    return rows.length;
  });
}

export type ReparseOutcome = { ok: true; agencyId: number | null } | { ok: false; reason: string };

/** Parses a stored report again (new parser, or a region given by the admin); a parse that would no
 * longer be a report leaves the stored one untouched and says why. */
async function reparseOne(db: Db, id: number, regionHint: string | null, today: string): Promise<ReparseOutcome> {
  const [row] = await queryRows<{ file_name: string; source_bytes: Uint8Array | string | null; source_text: string }>(
    db,
    sql`select file_name, source_bytes, source_text from reports where id = ${id}`,
  );
  if (!row) return { ok: false, reason: '没有这份报告。' };
  const bytes =
    row.source_bytes instanceof Uint8Array
      ? row.source_bytes
      : typeof row.source_bytes === 'string'
        ? Buffer.from(row.source_bytes.replace(/^\\x/, ''), 'hex')
        : new TextEncoder().encode(row.source_text);
  const { parsed } = await parseBytes(row.file_name, bytes, today, regionHint);
  if (!isReport(parsed)) return { ok: false, reason: parsed.error?.message ?? '重新解析后不再识别为年度报告，保留原记录。' };
  const result = await reparseReport(db, id, regionHint, today);
  if (result?.kept) return { ok: false, reason: result.kept };
  return result ? { ok: true, agencyId: result.agencyId } : { ok: false, reason: '没有这份报告。' };
}

/** Gives one report the region the admin chose (an official code), re-parsing it from its bytes. */
export async function fixReportRegion(db: Db, id: number, code: string, today: string): Promise<ReparseOutcome> {
  const before = await storedRow(db, id);
  if (!before) return { ok: false, reason: '没有这份报告。' };
  const [region] = await queryRows<{ code: string }>(db, sql`select code from regions where code = ${code}`);
  if (!region) return { ok: false, reason: `${code} 不是官方行政区划代码。` };
  const outcome = await reparseOne(db, id, code, today);
  if (!outcome.ok) return outcome;
  await pruneOrphanAgencies(db);
  const agencies = [outcome.agencyId].filter((a): a is number => a !== null);
  await refreshCrossFindings(db, agencies);
  await refreshRollups(db); // the old and the new region path both change
  return outcome;
}

export interface ReparseSummary {
  reparsed: number;
  failed: { id: number; reason: string }[];
}

/** Re-parses every stored report, or only those parsed by an older parser version ("stale"). */
export async function reparseStored(db: Db, options: { staleOnly: boolean; today: string }): Promise<ReparseSummary> {
  const rows = await queryRows<{ id: number; parsed: RegionResolution | string | null }>(
    db,
    options.staleOnly
      ? sql`select id, parsed->'meta'->'region' as parsed from reports where parser_version <> ${PARSER_VERSION} order by id`
      : sql`select id, parsed->'meta'->'region' as parsed from reports order by id`,
  );
  const summary: ReparseSummary = { reparsed: 0, failed: [] };
  const agencies = new Set<number>();
  for (const row of rows) {
    const region = (typeof row.parsed === 'string' ? JSON.parse(row.parsed) : row.parsed) as RegionResolution | null;
    // a region already settled (by the parser or by an admin) is kept; unresolved ones get another try
    const hint = region?.status === 'resolved' ? region.code : null;
    try {
      const outcome = await reparseOne(db, Number(row.id), hint, options.today);
      if (outcome.ok) {
        summary.reparsed += 1;
        if (outcome.agencyId !== null) agencies.add(outcome.agencyId);
      } else summary.failed.push({ id: Number(row.id), reason: outcome.reason });
    } catch (error) {
      summary.failed.push({ id: Number(row.id), reason: (error as Error).message });
    }
  }
  if (summary.reparsed) {
    await pruneOrphanAgencies(db);
    await refreshCrossFindings(db, [...agencies]);
    await refreshRollups(db);
  }
  return summary;
}

export { PARSER_VERSION };
