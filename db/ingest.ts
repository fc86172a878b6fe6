// The ingest pipeline shared by the CLI and the admin upload: bytes → text → parsed report → one
// transaction each; then the cross-report checks and rollups of what was touched. Every file ends in
// exactly one bucket of the summary.
import { MAX_FILE_BYTES, tooLargeReason } from '../lib/ingest/file-source';
import { isSyntheticText } from '../lib/report/synthetic';
import { driverOf, type Db } from './client';
import { parseBytes, sha256 } from './parse-bytes';
import { createParsePool, type ParsePool } from './parse-pool';
import { affectedRegions, refreshCrossFindings, refreshRollups } from './derived';
import { clearDerivedStale, derivedStale } from './stale';
import { regionPathCodes } from '../lib/regions/path-codes';
import { connectionLost, describeFailure } from './failure';
import { queryRows } from './rows';
import { sql } from 'drizzle-orm';
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

export { parseBytes } from './parse-bytes';

/** Files read, hashed and parsed per round trip to the database; one transaction saves each batch. */
export const BATCH = 100;

interface Pending {
  file: string;
  input: SaveInput;
}

type Progress = (file: string) => void;

/** Loads a chunk's files and drops those already stored; what is left still needs parsing. */
async function loadChunk(
  db: Db,
  chunk: IngestSource[],
  summary: IngestSummary,
  progress: Progress,
): Promise<{ file: string; bytes: Uint8Array }[]> {
  const loaded: { file: string; bytes: Uint8Array; sha: string }[] = [];
  for (const source of chunk) {
    try {
      const bytes = await source.load();
      if (!(bytes instanceof Uint8Array))
        summary.failed.push({ file: source.file, reason: bytes.error });
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
  let known: Set<string>;
  try {
    known = await knownHashes(
      db,
      loaded.map((l) => l.sha),
    );
  } catch (error) {
    for (const l of loaded) {
      summary.failed.push({ file: l.file, reason: describeFailure(error) });
      progress(l.file);
    }
    return [];
  }
  // the same bytes were saved before: nothing to parse or write (re-runs take seconds)
  return loaded.filter((l) => {
    if (!known.has(l.sha)) return true;
    summary.unchanged += 1;
    progress(l.file);
    return false;
  });
}

function parseStopped(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `解析该文件的进程意外停止（${message.slice(0, 200)}），文件未保存；再次运行 npm run ingest 会重试。`;
}

/** Parses a chunk (on the worker threads when there are any) into reports ready to save. */
async function parseChunk(
  files: { file: string; bytes: Uint8Array }[],
  options: IngestOptions,
  pool: ParsePool,
  summary: IngestSummary,
  progress: Progress,
): Promise<Pending[]> {
  // a parse worker that stops (out of memory, say) fails the files it held, and only those
  const outputs = await Promise.allSettled(
    files.map(({ file, bytes }) =>
      pool.parse({
        file,
        bytes,
        today: options.today,
        hint: options.hintFor?.(file) ?? options.regionHint ?? null,
      }),
    ),
  );
  const pending: Pending[] = [];
  for (const [i, settled] of outputs.entries()) {
    const { file, bytes } = files[i];
    if (settled.status === 'rejected') {
      summary.failed.push({ file, reason: parseStopped(settled.reason) });
      progress(file);
      continue;
    }
    let { parsed, text } = settled.value;
    const hadHint = options.hintFor?.(file) ?? options.regionHint;
    const issuerHint = hadHint ? null : (options.hintFor?.(file, parsed.meta.issuer) ?? null);
    if (issuerHint) ({ parsed, text } = await parseBytes(file, bytes, options.today, issuerHint));
    if (parsed.error) summary.failed.push({ file, reason: parsed.error.message });
    else if (!isReport(parsed)) summary.skipped += 1;
    else {
      const fileName = file.split(/[\\/]/).pop() ?? file;
      pending.push({
        file,
        input: { parsed, sourceText: text, bytes, fileName, synthetic: isSyntheticText(text) },
      });
      continue;
    }
    progress(file);
  }
  return pending;
}

export async function ingestSources(
  db: Db,
  sources: IngestSource[],
  options: IngestOptions & { parseWorkers?: number },
): Promise<IngestSummary> {
  const summary = emptySummary();
  const kind = driverOf(db);
  const touchedAgencies = new Set<number>();
  const touchedPaths: (string | null)[][] = [];
  let done = 0;
  const progress: Progress = (file) => options.onProgress?.(++done, file);
  // read before this run raises it: a flag already up means an earlier run left the derived tables behind
  const staleBefore = await derivedStale(db);
  let dbLost = false;

  const chunks: IngestSource[][] = [];
  for (let start = 0; start < sources.length; start += BATCH)
    chunks.push(sources.slice(start, start + BATCH));
  // saves of this run after which the save path's statistics are next refreshed (see below)
  let analyzeAt = ANALYZE_AFTER;
  // Chunks ahead of the one being saved are hash-checked and handed to the parse workers before each save,
  // so the workers always have the next batches queued. The hash check is a query of its own, run between
  // saves rather than beside them: the embedded database would only queue it behind the save's transaction.
  // chunk number → its parse; a chunk leaves the map once saved, so memory holds only the chunks in flight
  const parsing = new Map<number, Promise<Pending[]>>();
  let dispatched = 0;
  const dispatchUpTo = async (last: number) => {
    for (; dispatched <= Math.min(last, chunks.length - 1); dispatched++) {
      const files = await loadChunk(db, chunks[dispatched], summary, progress);
      const parse = parseChunk(files, options, pool, summary, progress);
      // a failed parse surfaces when its chunk is awaited; until then it must not count as unhandled
      parse.catch(() => {});
      parsing.set(dispatched, parse);
    }
  };
  const pool = await createParsePool(options.parseWorkers ?? 0);
  try {
    for (let k = 0; k < chunks.length; k++) {
      await dispatchUpTo(k + LOOKAHEAD);
      const pending = await parsing.get(k)!;
      parsing.delete(k);
      const results = await saveReportsBatch(
        db,
        kind,
        pending.map((p) => p.input),
      );
      const lost = results.find(
        (r): r is { error: unknown } => 'error' in r && connectionLost(r.error),
      );
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
          if (parsed.meta.region.status !== 'resolved')
            summary.regions[parsed.meta.region.status] += 1;
          if (result.agencyId !== null) touchedAgencies.add(result.agencyId);
          const r = parsed.meta.region;
          touchedPaths.push(regionPathCodes(r));
        }
      });
      // the embedded database has no autovacuum: statistics taken when the tables were small make the
      // planner scan every report in each batch's "which version is current" update (0.3 s a batch at
      // 400,000 reports instead of 2 ms); refreshed each time this run's saves double
      const saved = summary.new + summary.newVersions;
      if (!lost && saved >= analyzeAt) {
        analyzeAt = saved * 2;
        await db.execute(SAVE_PATH_STATISTICS).catch(() => {});
      }
      if (lost) {
        // the database is gone: every file not yet saved is named at once, with the same reason. A chunk
        // already dispatched names only the files it still had to save (its unchanged and unreadable ones
        // are counted already); one not yet dispatched names all its files.
        const reason = describeFailure(lost.error);
        for (const [j, chunk] of chunks.entries()) {
          if (j <= k) continue;
          const settled = parsing.has(j) ? await parsing.get(j)!.catch(() => null) : null;
          const named = settled ? settled.map((p) => p.file) : chunk.map((s) => s.file);
          for (const file of named) {
            summary.failed.push({ file, reason });
            progress(file);
          }
        }
        dbLost = true;
        break;
      }
    }
  } finally {
    await pool.close();
  }
  // the derived tables can wait for the next run (the stale flag is up); trying now would only time out
  if (dbLost) return summary;
  try {
    if (staleBefore) await refreshEverything(db);
    else if (touchedAgencies.size) {
      await refreshCrossFindings(db, [...touchedAgencies]);
      await refreshRollups(db, affectedRegions(touchedPaths));
    }
    if (staleBefore || touchedAgencies.size) await clearDerivedStale(db);
    // the embedded database has no autovacuum: after a large load the planner would still believe the
    // tables are small and pick scans where the national-scale indexes are the way. Only the tables an
    // ingest writes: the gazetteer's were analyzed when it was loaded, and took two thirds of the time.
    if (summary.new + summary.newVersions >= ANALYZE_AFTER)
      await db.execute(INGESTED_TABLES_STATISTICS);
  } catch (error) {
    // the reports are saved whole; only the sums and cross-year checks lag, and the flag stays up for the
    // next run. The per-file summary is still worth printing.
    summary.failed.push({
      file: '（汇总与跨年检查）',
      reason: `报告均已保存，但刷新汇总数据时出错（${describeFailure(error).replace(/^保存失败，该文件的内容均未写入：/, '')}）；再次运行 npm run ingest 会补上。`,
    });
  }
  return summary;
}

const ANALYZE_AFTER = 1000;

/** The columns the save path looks rows up by (a column list keeps ANALYZE from reading the large values). */
const SAVE_PATH_STATISTICS = sql`analyze reports (agency_id, year, is_current, sha256), agencies (agency_key),
  findings (report_id, agency_id, year)`;

const INGESTED_TABLES_STATISTICS = sql`analyze reports, report_metrics, findings, agencies, rollups`;

/** Chunks hash-checked and parsing ahead of the one being saved: enough that a slow save or a slow parse of
 * one chunk never leaves the other side idle; each holds at most BATCH files' bytes and parsed reports. */
const LOOKAHEAD = 2;

/** An earlier ingest stopped before refreshing: recompute every agency's cross-year checks and all sums. */
async function refreshEverything(db: Db): Promise<void> {
  const rows = await queryRows<{ id: number }>(db, sql`select id from agencies order by id`);
  await refreshCrossFindings(
    db,
    rows.map((r) => r.id),
  );
  await refreshRollups(db);
}
