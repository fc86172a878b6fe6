// What the admin page lists: counts (stale = parsed by an older parser version), the hidden versions
// (so they can be restored) and the latest ingested reports (so they can be hidden or re-assigned).
import { sql } from 'drizzle-orm';
import { PARSER_VERSION } from '../../lib/report/parse';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface AdminReportRow {
  id: number;
  agencyName: string;
  year: number | null;
  fileName: string;
  regionCode: string | null;
  isCurrent: boolean;
  hidden: boolean;
}

export interface AdminOverview {
  reports: number;
  hidden: number;
  stale: number;
  parserVersion: string;
  hiddenRows: AdminReportRow[];
  recentRows: AdminReportRow[];
}

const ROW = sql`select r.id, a.name as agency_name, r.year, r.file_name, a.region_code, r.is_current, r.hidden
  from reports r join agencies a on a.id = r.agency_id`;

function toRow(r: Record<string, unknown>): AdminReportRow {
  return {
    id: Number(r.id),
    agencyName: String(r.agency_name),
    year: r.year === null ? null : Number(r.year),
    fileName: String(r.file_name),
    regionCode: r.region_code === null ? null : String(r.region_code),
    isCurrent: Boolean(r.is_current),
    hidden: Boolean(r.hidden),
  };
}

export async function getAdminOverview(db: Db): Promise<AdminOverview> {
  const [counts] = await queryRows<Record<string, unknown>>(
    db,
    sql`select count(*)::int as reports, (count(*) filter (where hidden))::int as hidden,
        (count(*) filter (where parser_version <> ${PARSER_VERSION}))::int as stale from reports`,
  );
  const [hiddenRows, recentRows] = await Promise.all([
    queryRows<Record<string, unknown>>(db, sql`${ROW} where r.hidden order by r.id desc limit 50`),
    queryRows<Record<string, unknown>>(db, sql`${ROW} where not r.hidden order by r.ingested_at desc, r.id desc limit 20`),
  ]);
  return {
    reports: Number(counts.reports),
    hidden: Number(counts.hidden),
    stale: Number(counts.stale),
    parserVersion: PARSER_VERSION,
    hiddenRows: hiddenRows.map(toRow),
    recentRows: recentRows.map(toRow),
  };
}
