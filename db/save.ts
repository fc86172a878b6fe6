// Saving one parsed report: one transaction with its metrics and findings. Idempotent by content hash;
// a different file for the same agency and year becomes the current version and keeps the old one.
import { and, eq, sql } from 'drizzle-orm';
import { METRICS, metricValue } from '../lib/metrics';
import type { ParsedReport } from '../lib/report/types';
import type { Db } from './client';
import { agencies, findings, reportMetrics, reports } from './schema';
import { agencyIdentity } from './agency-identity';
import { regionPathCodes } from '../lib/regions/path-codes';
import { markDerivedStale } from './stale';

export type SaveOutcome = 'new' | 'newVersion' | 'unchanged' | 'skipped';

export interface SaveInput {
  parsed: ParsedReport;
  sourceText: string;
  bytes: Uint8Array | null;
  fileName: string;
  synthetic?: boolean;
}

export interface SaveResult {
  outcome: SaveOutcome;
  reportId: number | null;
  agencyId: number | null;
}

const REPORT_TEMPLATES = new Set(['gov2021', 'gov2019', 'legacyTable', 'legacyProse']);

/** The bytes worth storing beside the text: none for a plain UTF-8 text file, which is its own source
 * (HTML, DOCX, GBK and files with a BOM keep theirs for the download). */
export function storedBytes(input: SaveInput): Buffer | null {
  if (!input.bytes) return null;
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  return Buffer.from(input.sourceText, 'utf8').equals(bytes) ? null : Buffer.from(bytes);
}

export function isReport(parsed: ParsedReport): boolean {
  return parsed.error === null && REPORT_TEMPLATES.has(parsed.meta.template);
}

export async function isKnownFile(db: Db, sha256: string): Promise<boolean> {
  const rows = await db.select({ id: reports.id }).from(reports).where(eq(reports.sha256, sha256)).limit(1);
  return rows.length > 0;
}

export async function saveReport(db: Db, input: SaveInput): Promise<SaveResult> {
  const { parsed } = input;
  if (!isReport(parsed)) return { outcome: 'skipped', reportId: null, agencyId: null };

  const known = await db
    .select({ id: reports.id, agencyId: reports.agencyId })
    .from(reports)
    .where(eq(reports.sha256, parsed.sha256))
    .limit(1);
  if (known.length) return { outcome: 'unchanged', reportId: known[0].id, agencyId: known[0].agencyId };

  const identity = agencyIdentity(parsed);
  const region = parsed.meta.region;
  const path = regionPathCodes(region);
  return db.transaction(async (tx) => {
    await markDerivedStale(tx as unknown as Db);
    await tx
      .insert(agencies)
      .values({
        agencyKey: identity.key,
        name: identity.name,
        level: parsed.meta.issuerLevel,
        regionCode: region.code,
        regionStatus: region.status,
      })
      .onConflictDoNothing({ target: agencies.agencyKey });
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.agencyKey, identity.key));

    // concurrent ingests of two files for the same agency-year take turns here
    await tx.execute(sql`select pg_advisory_xact_lock(${agency.id}, ${parsed.meta.year ?? 0})`);
    const again = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(eq(reports.sha256, parsed.sha256));
    if (again.length) return { outcome: 'unchanged' as const, reportId: again[0].id, agencyId: agency.id };

    const yearMatch =
      parsed.meta.year === null ? sql`${reports.year} is null` : eq(reports.year, parsed.meta.year);
    const replaced = await tx
      .update(reports)
      .set({ isCurrent: false })
      .where(and(eq(reports.agencyId, agency.id), yearMatch, eq(reports.isCurrent, true)))
      .returning({ id: reports.id });

    const errors = parsed.findings.filter((f) => f.severity === 'error').length;
    const warnings = parsed.findings.filter((f) => f.severity === 'warning').length;
    const late = parsed.findings.some((f) => f.rule.startsWith('C1') && f.severity !== 'info');
    const [row] = await tx
      .insert(reports)
      .values({
        agencyId: agency.id,
        year: parsed.meta.year,
        template: parsed.meta.template,
        publishedOn: parsed.meta.publishedOn,
        sha256: parsed.sha256,
        fileName: input.fileName,
        parserVersion: parsed.parserVersion,
        parsed,
        sourceText: input.sourceText,
        sourceBytes: storedBytes(input),
        isCurrent: true,
        synthetic: input.synthetic ?? false,
        provinceCode: path[0],
        cityCode: path[1],
        countyCode: path[2],
        townshipCode: path[3],
        sizeBytes: input.bytes?.byteLength ?? input.sourceText.length,
        errorCount: errors,
        warningCount: warnings,
        late,
      })
      .returning({ id: reports.id });

    await tx
      .insert(reportMetrics)
      .values({
        reportId: row.id,
        ...Object.fromEntries(METRICS.map((m) => [m.column, metricValue(m, parsed)])),
      });
    if (parsed.findings.length)
      await tx.insert(findings).values(
        parsed.findings.map((f) => ({
          reportId: row.id,
          agencyId: agency.id,
          regionCode: region.code,
          year: parsed.meta.year,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          cells: f.cells,
          scope: 'report',
        })),
      );
    return {
      outcome: replaced.length ? ('newVersion' as const) : ('new' as const),
      reportId: row.id,
      agencyId: agency.id,
    };
  });
}
