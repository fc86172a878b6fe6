import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface UnresolvedReport {
  id: number;
  fileName: string;
  issuer: string | null;
  year: number | null;
  status: string;
  candidates: { code: string; path: string }[];
}

/** Current reports whose issuer the gazetteer could not place: what a manifest still has to decide. */
export async function getUnresolvedReports(db: Db): Promise<UnresolvedReport[]> {
  const rows = await queryRows<{
    id: number;
    file_name: string;
    issuer: string | null;
    year: number | null;
    status: string;
    candidates: { code: string; path: string }[] | string | null;
  }>(
    db,
    sql`select id, file_name, parsed->'meta'->>'issuer' as issuer, year,
          parsed->'meta'->'region'->>'status' as status,
          parsed->'meta'->'region'->'candidates' as candidates
        from reports
        where is_current and parsed->'meta'->'region'->>'status' <> 'resolved'
        order by status, file_name`,
  );
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    issuer: r.issuer,
    year: r.year,
    status: r.status,
    candidates: typeof r.candidates === 'string' ? JSON.parse(r.candidates) : (r.candidates ?? []),
  }));
}
