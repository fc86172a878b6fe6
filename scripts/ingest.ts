// `npm run ingest -- <files, folders or globs> [--region <code>] [--manifest <csv>] [--json]`
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb, type DbHandle } from '../db/client';
import { DataDirLockedError } from '../db/data-dir';
import { ingestSources, type IngestSummary } from '../db/ingest';
import { parseWorkersFor } from '../db/parse-pool';
import { fileSource } from '../lib/ingest/file-source';
import { migrate } from '../db/migrate';
import { pruneOrphanAgencies } from '../db/admin';
import { findReportsToReassign, reparseReport } from '../db/reassign';
import { refreshCrossFindings, refreshRollups } from '../db/derived';
import { manifestLookup, parseManifest, type ManifestEntry } from '../lib/ingest/manifest';
import { walkInputs } from '../lib/ingest/walk';
import { getGazetteer } from '../lib/regions/gazetteer';
import { todayIso } from './today';
import { progressBar } from './progress';

const USAGE =
  'Usage: npm run ingest -- <files, folders or globs> [--region <code>] [--manifest <csv>] [--json]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

async function applyManifestToStored(handle: DbHandle, entries: ManifestEntry[]): Promise<number> {
  const agencies = new Set<number>();
  let fixed = 0;
  for (const entry of entries) {
    for (const id of await findReportsToReassign(handle.db, entry.key, entry.code)) {
      const result = await reparseReport(handle.db, id, entry.code, todayIso());
      if (!result || result.kept) continue;
      if (result.agencyId) agencies.add(result.agencyId);
      fixed += 1;
    }
  }
  if (fixed) {
    // a report that moved to another issuer key can leave its old agency with no report
    await pruneOrphanAgencies(handle.db);
    await refreshCrossFindings(handle.db, [...agencies]);
    await refreshRollups(handle.db);
  }
  return fixed;
}

function printSummary(s: IngestSummary, extra: { fixed: number }) {
  const lines = [
    `New reports: ${s.new}`,
    `New versions of known reports: ${s.newVersions}`,
    `Unchanged: ${s.unchanged}`,
    `Skipped (not a report): ${s.skipped}`,
    `Failed: ${s.failed.length}`,
    ...s.failed.map((f) => `  ✗ ${f.file}: ${f.reason}`),
    `Findings: ${s.findings.error} errors, ${s.findings.warning} warnings, ${s.findings.info} notes`,
    `Regions: ${s.regions.ambiguous} ambiguous, ${s.regions.unresolved} unresolved` +
      (s.regions.ambiguous + s.regions.unresolved ? ' (see: npm run regions -- unresolved)' : ''),
  ];
  if (extra.fixed) lines.push(`Stored reports given a region by the manifest: ${extra.fixed}`);
  console.error(lines.join('\n'));
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        region: { type: 'string' },
        manifest: { type: 'string' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!positionals.length && !values.manifest) usage('No files given.');
  const known = new Set(getGazetteer().map((r) => r.code));
  if (values.region && !known.has(values.region))
    usage(`--region ${values.region} is not an official division code.`);
  let entries: ManifestEntry[] = [];
  if (values.manifest) {
    let csv: string;
    try {
      csv = fs.readFileSync(values.manifest, 'utf8');
    } catch {
      usage(`The manifest ${values.manifest} cannot be read.`);
    }
    const m = parseManifest(csv);
    const unknown = m.entries.filter((e) => !known.has(e.code)).map((e) => `${e.key} → ${e.code}`);
    if (m.errors.length || unknown.length)
      usage(`The manifest ${values.manifest} has problems: ${[...m.errors, ...unknown.map((u) => `unknown code ${u}`)].join('; ')}`);
    entries = m.entries;
  }

  const walked = walkInputs(positionals);
  let handle: DbHandle;
  try {
    handle = await createDb();
    await migrate(handle);
  } catch (error) {
    console.error(error instanceof DataDirLockedError ? error.message : `Cannot open the database: ${(error as Error).message}`);
    process.exit(1);
  }
  const interactive = process.stderr.isTTY && !process.env.CI && !values.json && !values.quiet;
  const bar = interactive ? progressBar(walked.files.length) : null;
  let summary: IngestSummary;
  let fixed = 0;
  try {
    summary = await ingestSources(handle.db, walked.files.map(fileSource), {
      today: todayIso(),
      regionHint: values.region ?? null,
      hintFor: entries.length ? manifestLookup(entries) : undefined,
      onProgress: (done) => bar?.update(done),
      // parse on the other core(s) while the database saves
      parseWorkers: parseWorkersFor(),
    });
    bar?.finish();
    summary.failed.unshift(...walked.problems);
    if (entries.length) fixed = await applyManifestToStored(handle, entries);
  } finally {
    await handle.close();
  }
  if (!values.quiet || summary.failed.length) printSummary(summary, { fixed });
  const code = summary.failed.length ? 2 : 0;
  // exit only once stdout has been written out: a pipe reader (CI, tests) must get the JSON line whole
  if (values.json) process.stdout.write(JSON.stringify(summary) + '\n', () => process.exit(code));
  else process.exit(code);
}

// postgres.js can throw from a socket callback when the server vanishes mid-query (outside any promise we
// hold): end with the same one sentence as any other stop rather than a stack trace. Every saved report is
// whole (one transaction per batch), and a re-run completes the set.
const stop = (error: unknown) => {
  console.error(`Ingest stopped: ${error instanceof Error ? error.message : String(error)} (the database went away?)`);
  process.exit(1);
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);

main().catch((error: Error) => {
  console.error(`Ingest stopped: ${error.message}`);
  process.exit(1);
});
