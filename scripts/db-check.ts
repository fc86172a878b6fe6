// `npm run db:check [-- --json]`: is the database whole? (db/check.ts). Exit 0 when consistent, 2 when
// problems were found, 1 when the database cannot be opened (with the reason in one sentence).
import { createDb, type DbHandle } from '../db/client';
import { checkConsistency } from '../db/check';
import { DataDirLockedError } from '../db/data-dir';
import { migrate } from '../db/migrate';

async function main() {
  const json = process.argv.includes('--json');
  let handle: DbHandle;
  try {
    handle = await createDb();
    // a database never migrated has nothing to check, and migrate() is a no-op on one that was
    await migrate(handle, { gazetteer: false });
  } catch (error) {
    const message = error instanceof DataDirLockedError ? error.message : `Cannot open the database: ${(error as Error).message}`;
    console.error(message);
    if (json) process.stdout.write(JSON.stringify({ ok: false, error: message }) + '\n');
    process.exit(1);
  }
  try {
    const result = await checkConsistency(handle.db);
    const ok = result.problems.length === 0;
    console.error(
      `${handle.location}: ${result.reports} reports, ${result.agencies} agencies, ${result.rollups} rollup rows — ` +
        (ok ? 'consistent.' : `${result.problems.length} problem(s):`),
    );
    for (const p of result.problems) console.error(`  ✗ ${p.check}: ${p.message} (e.g. ${p.examples.join(', ')})`);
    if (result.pendingRefresh)
      console.error('  · an ingest stopped before refreshing the sums; the next `npm run ingest` recomputes them.');
    if (json) process.stdout.write(JSON.stringify({ ok, ...result }) + '\n');
    process.exitCode = ok ? 0 : 2;
  } finally {
    await handle.close();
  }
}

main().catch((error: Error) => {
  console.error(`db:check stopped: ${error.message}`);
  process.exit(1);
});
