// The ingest pipeline shared by the CLI and the admin upload: bytes → text → parsed report → one
// transaction each; then the cross-report checks and rollups of what was touched. Every file ends in
// exactly one bucket of the summary.
import { createHash } from 'node:crypto';
import { MAX_FILE_BYTES, tooLargeReason } from '../lib/ingest/file-source';
import { readReportBytes } from '../lib/ingest/read';
import { failedReport, parseReport } from '../lib/report/parse';
import { isSyntheticText } from '../lib/report/synthetic';
import type { ParsedReport } from '../lib/report/types';
import { driverOf, type Db } from './client';
import { affectedRegions, refreshCrossFindings, refreshRollups } from './derived';
import { isReport, type SaveInput } from './save';
import { knownHashes, saveReportsBatch } from './save-batch';


export interface IngestSource {
  file: string;
  /** the bytes, or an error sentence when they cannot be had (missing, permissions, too large) */
  load(): Promise<Uint8Array | { error: string }>;
}

export interface IngestSummary {
  new: number;
  newVersions: number;
  unchanged: number;
  skipped: number;
  failed: { file: string; reason: string }[];
  findings: { error: number; warning: number; info: number };
  regions: { ambiguous: number; unresolved: number };
}

export interface IngestOptions {
  today: string;
  /** a region code for every file (--region) */
  regionHint?: string | null;
  /** per-file or per-issuer region codes (--manifest) */
  hintFor?: (file: string, issuer?: string | null) => string | null;
  /** after each file */
  onProgress?: (done: number, file: string) => void;
}

export function emptySummary(): IngestSummary {
  return {
    new: 0,
    newVersions: 0,
    unchanged: 0,
    skipped: 0,
    failed: [],
    findings: { error: 0, warning: 0, info: 0 },
    regions: { ambiguous: 0, unresolved: 0 },
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parses one file's bytes; a read failure becomes a failed report with its reason. */
export function parseBytes(
  file: string,
  bytes: Uint8Array,
  today: string,
  regionHint: string | null,
): { parsed: ParsedReport; text: string } {
  const hash = sha256(bytes);
  const read = readReportBytes(bytes, file);
  if (!read.ok) return { parsed: failedReport({ path: file, sha256: hash }, read.error), text: '' };
  const parsed = parseReport(read.value, { today, regionHint }, { path: file, sha256: hash });
  return { parsed, text: read.value.text };
}

/** Files read, hashed and parsed per round trip to the database; one transaction saves each batch. */
export const BATCH = 100;

interface Pending {
  file: string;
  input: SaveInput;
}

export async function ingestSources(
  db: Db,
  sources: IngestSource[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const kind = driverOf(db);
  const touchedAgencies = new Set<number>();
  const touchedPaths: (string | null)[][] = [];
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, file);

  for (let start = 0; start < sources.length; start += BATCH) {
    const chunk = sources.slice(start, start + BATCH);
    const loaded: { file: string; bytes: Uint8Array; sha: string }[] = [];
    for (const source of chunk) {
      try {
        const bytes = await source.load();
        if (!(bytes instanceof Uint8Array)) summary.failed.push({ file: source.file, reason: bytes.error });
        else if (bytes.byteLength > MAX_FILE_BYTES)
          summary.failed.push({ file: source.file, reason: tooLargeReason(bytes.byteLength) });
        else {
          loaded.push({ file: source.file, bytes, sha: sha256(bytes) });
          continue;
        }
      } catch (error) {
        summary.failed.push({ file: source.file, reason: describeFailure(error) });
      }
      progress(source.file);
    }
    // the same bytes were saved before: nothing to parse or write (re-runs take seconds)
    let known: Set<string>;
    try {
      known = await knownHashes(db, loaded.map((l) => l.sha));
    } catch (error) {
      for (const l of loaded) summary.failed.push({ file: l.file, reason: describeFailure(error) });
      loaded.length = 0;
      known = new Set();
    }
    const pending: Pending[] = [];
    for (const { file, bytes, sha } of loaded) {
      if (known.has(sha)) {
        summary.unchanged += 1;
        progress(file);
        continue;
      }
      const hint = options.hintFor?.(file) ?? options.regionHint ?? null;
      let { parsed, text } = parseBytes(file, bytes, options.today, hint);
      const issuerHint = hint ? null : (options.hintFor?.(file, parsed.meta.issuer) ?? null);
      if (issuerHint) ({ parsed, text } = parseBytes(file, bytes, options.today, issuerHint));
      if (parsed.error) summary.failed.push({ file, reason: parsed.error.message });
      else if (!isReport(parsed)) summary.skipped += 1;
      else {
        const fileName = file.split(/[\\/]/).pop() ?? file;
        pending.push({ file, input: { parsed, sourceText: text, bytes, fileName, synthetic: isSyntheticText(text) } });
        continue;
      }
      progress(file);
    }
    const results = await saveReportsBatch(db, kind, pending.map((p) => p.input));
    results.forEach((result, i) => {
      const { file, input } = pending[i];
      progress(file);
      if ('error' in result) {
        summary.failed.push({ file, reason: describeFailure(result.error) });
        return;
      }
      if (result.outcome === 'unchanged') summary.unchanged += 1;
      else if (result.outcome === 'skipped') summary.skipped += 1;
      else {
        if (result.outcome === 'new') summary.new += 1;
        else summary.newVersions += 1;
        const { parsed } = input;
        for (const f of parsed.findings) summary.findings[f.severity] += 1;
        if (parsed.meta.region.status !== 'resolved') summary.regions[parsed.meta.region.status] += 1;
        if (result.agencyId !== null) touchedAgencies.add(result.agencyId);
        const r = parsed.meta.region;
        touchedPaths.push([r.province?.code ?? null, r.city?.code ?? null, r.county?.code ?? null, r.township?.code ?? null]);
      }
    });
  }
  if (touchedAgencies.size) {
    await refreshCrossFindings(db, [...touchedAgencies]);
    await refreshRollups(db, affectedRegions(touchedPaths));
  }
  return summary;
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|terminat|connection/i.test(message))
    return `保存时无法连接数据库（${message}），该文件未保存。`;
  if (/ENOSPC|no space/i.test(message)) return '磁盘空间已满，该文件未保存。';
  return `保存失败，该文件的内容均未写入：${message}`;
}
