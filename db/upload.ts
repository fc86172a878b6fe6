// Uploaded files (admin form or POST /api/v1/reports) through the same ingest as the CLI, from memory,
// with a result per file as well as the CLI's summary. Nothing touches the file system.
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { emptySummary, ingestSources, type IngestSource, type IngestSummary } from './ingest';
import { sha256 } from './parse-bytes';
import { queryRows } from './rows';

export interface UploadInput {
  name: string;
  bytes: Uint8Array | null;
  error: string | null;
}

export type FileOutcome = 'new' | 'newVersion' | 'unchanged' | 'skipped' | 'failed';

export interface FileResult {
  file: string;
  outcome: FileOutcome;
  reason?: string;
  reportId?: number;
}

export interface UploadResult {
  summary: IngestSummary;
  files: FileResult[];
  /** set when the ingest stopped as a whole (database lost): files listed as failed did not land */
  error?: string;
}

interface Stored {
  id: number;
  /** agency and year: the versions of one report */
  key: string;
  versions: number;
}

async function storedBySha(db: Db, shas: string[]): Promise<Map<string, Stored>> {
  if (!shas.length) return new Map();
  const rows = await queryRows<{ sha256: string; id: number; key: string; versions: number }>(
    db,
    sql`select r.sha256, r.id, r.agency_id || '/' || coalesce(r.year::text, '') as key,
          (select count(*) from reports v where v.agency_id = r.agency_id and v.year is not distinct from r.year)::int as versions
        from reports r where r.sha256 in (select json_array_elements_text(${JSON.stringify(shas)}::json))`,
  );
  return new Map(rows.map((r) => [r.sha256, { id: Number(r.id), key: String(r.key), versions: Number(r.versions) }]));
}

/** Of the files this upload added, the first of an agency-year is new unless that agency-year had versions before. */
function firstOfNew(added: Stored[]): Set<number> {
  const groups = new Map<string, Stored[]>();
  for (const s of added) groups.set(s.key, [...(groups.get(s.key) ?? []), s]);
  const first = new Set<number>();
  for (const list of groups.values()) {
    const earliest = list.reduce((a, b) => (b.id < a.id ? b : a));
    if (earliest.versions === list.length) first.add(earliest.id);
  }
  return first;
}

export async function ingestUploads(db: Db, uploads: UploadInput[], today: string): Promise<UploadResult> {
  const shas = uploads.map((u) => (u.bytes ? sha256(u.bytes) : ''));
  const before = await storedBySha(db, shas.filter(Boolean));
  const sources: IngestSource[] = uploads.map((u) => ({
    file: u.name,
    load: async () => u.bytes ?? { error: u.error ?? '无法读取该文件。' },
  }));
  let summary: IngestSummary;
  let error: string | undefined;
  try {
    summary = await ingestSources(db, sources, { today });
  } catch (e) {
    // saved reports are whole (one transaction each); what is unknown is reported, not guessed
    summary = emptySummary();
    error = `导入中断：${(e as Error).message}。已保存的报告完整无缺，可以重新上传全部文件（已收录的会标为“未变化”）。`;
  }
  let after: Map<string, Stored>;
  try {
    after = await storedBySha(db, shas.filter(Boolean));
  } catch {
    after = new Map();
  }
  const failed = new Map(summary.failed.map((f) => [f.file, f.reason]));
  const isNew = firstOfNew([...after].filter(([sha]) => !before.has(sha)).map(([, s]) => s));
  const files = uploads.map((u, i): FileResult => {
    const reason = failed.get(u.name) ?? (u.bytes ? undefined : (u.error ?? undefined));
    if (reason) return { file: u.name, outcome: 'failed', reason };
    const was = before.get(shas[i]);
    if (was) return { file: u.name, outcome: 'unchanged', reportId: was.id };
    const now = after.get(shas[i]);
    if (now) return { file: u.name, outcome: isNew.has(now.id) ? 'new' : 'newVersion', reportId: now.id };
    if (error) return { file: u.name, outcome: 'failed', reason: '导入中断，未保存。' };
    return { file: u.name, outcome: 'skipped', reason: '能读取，但不是政府信息公开工作年度报告。' };
  });
  return error ? { summary, files, error } : { summary, files };
}
