// One report for its page: the stored parse, its issuer, every finding (the parser's and the cross-year
// ones), its other versions and the issuer's other years; and the source file for download.
import { sql } from 'drizzle-orm';
import type { ParsedReport } from '../../lib/report/types';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface ReportFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells: string[];
  scope: string;
}

export interface ReportVersion {
  id: number;
  fileName: string;
  ingestedAt: string;
  isCurrent: boolean;
  parserVersion: string;
}

export interface ReportDetail {
  id: number;
  agencyId: number;
  agencyName: string;
  year: number | null;
  template: string;
  publishedOn: string | null;
  fileName: string;
  sizeBytes: number;
  isCurrent: boolean;
  synthetic: boolean;
  late: boolean;
  hasSource: boolean;
  regionCode: string | null;
  parsed: ParsedReport;
  findings: ReportFinding[];
  versions: ReportVersion[];
  otherYears: { id: number; year: number | null }[];
}

const asDate = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
const asJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export async function getReport(db: Db, id: number): Promise<ReportDetail | null> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select r.id, r.agency_id, a.name as agency_name, r.year, r.template, r.published_on::text as published_on, r.file_name,
          r.size_bytes, r.is_current, r.synthetic, r.late, r.parsed, a.region_code,
          (r.source_bytes is not null) as has_source
        from reports r join agencies a on a.id = r.agency_id
        where r.id = ${id} and not r.hidden`,
  );
  if (!row) return null;
  const year = row.year === null ? null : Number(row.year);
  const [findings, versions, otherYears] = await Promise.all([
    queryRows<ReportFinding>(
      db,
      sql`select rule, severity, message, cells, scope from findings where report_id = ${id}
          order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, rule, id`,
    ),
    queryRows<Record<string, unknown>>(
      db,
      sql`select id, file_name, ingested_at, is_current, parser_version from reports
          where agency_id = ${row.agency_id} and year is not distinct from ${year} and not hidden
          order by ingested_at desc, id desc`,
    ),
    queryRows<{ id: number; year: number | null }>(
      db,
      sql`select id, year from reports where agency_id = ${row.agency_id} and is_current and not hidden
          order by year`,
    ),
  ]);
  return {
    id: Number(row.id),
    agencyId: Number(row.agency_id),
    agencyName: String(row.agency_name),
    year,
    template: String(row.template),
    publishedOn: asDate(row.published_on),
    fileName: String(row.file_name),
    sizeBytes: Number(row.size_bytes),
    isCurrent: Boolean(row.is_current),
    synthetic: Boolean(row.synthetic),
    late: Boolean(row.late),
    hasSource: Boolean(row.has_source),
    regionCode: row.region_code === null ? null : String(row.region_code),
    parsed: asJson<ParsedReport>(row.parsed),
    findings: findings.map((f) => ({ ...f, cells: asJson<string[]>(f.cells) ?? [] })),
    versions: versions.map((v) => ({
      id: Number(v.id),
      fileName: String(v.file_name),
      ingestedAt: v.ingested_at instanceof Date ? v.ingested_at.toISOString() : String(v.ingested_at),
      isCurrent: Boolean(v.is_current),
      parserVersion: String(v.parser_version),
    })),
    otherYears: otherYears.map((o) => ({ id: Number(o.id), year: o.year === null ? null : Number(o.year) })),
  };
}

export interface ReportSource {
  fileName: string;
  bytes: Uint8Array | null;
  text: string;
}

/** The file as ingested (or, for rows saved without bytes, the text read from it). */
export async function getReportSource(db: Db, id: number): Promise<ReportSource | null> {
  const [row] = await queryRows<{ file_name: string; source_bytes: Uint8Array | string | null; source_text: string }>(
    db,
    sql`select file_name, source_bytes, source_text from reports where id = ${id} and not hidden`,
  );
  if (!row) return null;
  let bytes: Uint8Array | null = null;
  if (row.source_bytes instanceof Uint8Array) bytes = row.source_bytes;
  // some drivers hand bytea back as '\x…' hex text
  else if (typeof row.source_bytes === 'string') bytes = Buffer.from(row.source_bytes.replace(/^\\x/, ''), 'hex');
  return { fileName: row.file_name, bytes, text: row.source_text };
}
