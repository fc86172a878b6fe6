// A PGlite data directory holding N generated reports, built once (through the real ingest) and reused by
// the page and image benches.
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../db/client';
import { ingestSources } from '../db/ingest';
import { parseWorkersFor } from '../db/parse-pool';
import { migrate } from '../db/migrate';
import { fileSource } from '../lib/ingest/file-source';
import { walkInputs } from '../lib/ingest/walk';
import { syntheticFolder } from './ingest';

export async function loadedDatabase(reports: number): Promise<string> {
  const dir = path.resolve(`bench/work/db-${reports}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const files = walkInputs([syntheticFolder(reports)]).files;
  const handle = await createDb({ url: null, dir });
  try {
    await migrate(handle);
    const started = performance.now();
    const summary = await ingestSources(handle.db, files.map(fileSource), {
      today: '2026-11-23',
      parseWorkers: parseWorkersFor(),
      onProgress: (done) => {
        if (done % 10_000 === 0) console.error(`  loaded ${done}/${files.length} reports…`);
      },
    });
    const secs = (performance.now() - started) / 1000;
    console.error(`Loaded ${summary.new} reports into ${dir} in ${secs.toFixed(0)} s.`);
  } finally {
    await handle.close();
  }
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}
