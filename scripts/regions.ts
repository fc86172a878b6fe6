// `npm run regions -- unresolved [--json]`: reports whose region a manifest still has to decide.
import { parseArgs } from 'node:util';
import { createDb } from '../db/client';
import { migrate } from '../db/migrate';
import { getUnresolvedReports } from '../db/queries/unresolved';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals[0] !== 'unresolved') {
    console.error('Usage: npm run regions -- unresolved [--json]');
    process.exit(1);
  }
  const handle = await createDb();
  try {
    await migrate(handle);
    const rows = await getUnresolvedReports(handle.db);
    if (values.json) {
      process.stdout.write(JSON.stringify(rows) + '\n');
      return;
    }
    if (!rows.length) console.log('Every current report has a resolved region.');
    for (const r of rows) {
      const candidates = r.candidates.map((c) => `${c.code} ${c.path}`).join('; ');
      console.log(
        `${r.status}\t${r.fileName}\t${r.issuer ?? '（未署名）'}\t${r.year ?? '?'}` +
          (candidates ? `\tcandidates: ${candidates}` : ''),
      );
    }
    if (rows.length)
      console.log(
        `\n${rows.length} report(s). Decide them in a CSV (file_or_issuer,region_code) and run: npm run ingest -- --manifest <csv>`,
      );
  } finally {
    await handle.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
