// Fixing the region of reports already stored (a later manifest, or the admin): each report is parsed again
// from its stored bytes with the region given, and replaces its old row in one transaction.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { parseBytes } from './ingest';
import { queryRows } from './rows';
import { isReport, saveReport } from './save';
import { reports } from './schema';

export async function reparseReport(
  db: Db,
  reportId: number,
  regionHint: string | null,
  today: string,
): Promise<{ agencyId: number | null; kept?: string } | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, reportId));
  if (!row) return null;
  const bytes = row.sourceBytes ?? new TextEncoder().encode(row.sourceText);
  const { parsed, text } = await parseBytes(row.fileName, bytes, today, regionHint);
  // a parse that is no longer a report (a parser change, a failure) must not delete the stored one
  if (!isReport(parsed))
    return { agencyId: row.agencyId, kept: parsed.error?.message ?? '重新解析后不再识别为年度报告，保留原记录。' };
  return db.transaction(async (tx) => {
    await tx.delete(reports).where(eq(reports.id, reportId));
    const saved = await saveReport(tx as unknown as Db, {
      parsed,
      sourceText: text,
      bytes,
      fileName: row.fileName,
      synthetic: row.synthetic,
    });
    if (!row.isCurrent && saved.reportId !== null) {
      // an old version stays an old version: restore whichever was current before
      await tx.update(reports).set({ isCurrent: false }).where(eq(reports.id, saved.reportId));
      await tx.execute(sql`update reports set is_current = true
        where id = (select id from reports where agency_id = ${saved.agencyId} and year is not distinct from ${row.year}
                    and id <> ${saved.reportId} order by id desc limit 1)
          and not exists (select 1 from reports where agency_id = ${saved.agencyId}
                          and year is not distinct from ${row.year} and is_current)`);
    }
    return { agencyId: saved.agencyId };
  });
}

/** Current reports whose issuer or file name is `key` and whose region is not already `code`. */
export async function findReportsToReassign(db: Db, key: string, code: string): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from reports
        where (file_name = ${key} or parsed->'meta'->>'issuer' = ${key})
          and coalesce(parsed->'meta'->'region'->>'code', '') <> ${code}`,
  );
  return rows.map((r) => r.id);
}
