// `npm run bench -- ingest [--reports N] [--db pglite|postgres|both]`: ingest a folder of generated reports
// into a fresh database, end to end (read, parse, save, cross-report checks, rollups), and report files per
// second and peak memory. The folder is generated once per size and seed and kept in bench/work/.
import fs from 'node:fs';
import path from 'node:path';
import { createDb, type DbHandle } from '../db/client';
import { ingestSources } from '../db/ingest';
import { parseWorkersFor } from '../db/parse-pool';
import { migrate } from '../db/migrate';
import { fileSource } from '../lib/ingest/file-source';
import { walkInputs } from '../lib/ingest/walk';
import { generateReports } from '../lib/synth/generate';
import { freshPostgres } from './postgres';
import { peakRssMb, type BenchOptions, type BenchReport, type BenchRow } from './harness';

const WORK = path.resolve('bench/work');
const YEARS = { fromYear: 2019, toYear: 2025 };

/** The generated folder for `reports` reports (townships × 7 years), written once. */
export function syntheticFolder(reports: number, seed = 1): string {
  const townships = Math.max(1, Math.ceil(reports / 7));
  const dir = path.join(WORK, `synth-${townships}x7-seed${seed}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const r of generateReports({ townships, ...YEARS, seed, errorRate: 0.03 })) {
    const file = path.join(dir, r.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, r.content);
  }
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

async function timeIngest(handle: DbHandle, files: string[]): Promise<number> {
  await migrate(handle);
  const started = performance.now();
  const summary = await ingestSources(handle.db, files.map(fileSource), {
    today: '2026-11-23',
    parseWorkers: parseWorkersFor(handle.kind),
  });
  const secs = (performance.now() - started) / 1000;
  if (summary.failed.length)
    throw new Error(`ingest bench: ${summary.failed.length} files failed, e.g. ${JSON.stringify(summary.failed[0])}`);
  return files.length / secs;
}

export async function benchIngest(
  options: BenchOptions & { reports?: number; db?: string },
): Promise<BenchReport> {
  const reports = options.reports ?? 2000;
  const dir = syntheticFolder(reports);
  const files = walkInputs([dir]).files;
  const rows: BenchRow[] = [];
  const which = options.db === 'both' || !options.db ? ['pglite', 'postgres'] : [options.db];
  const rounds = Math.max(1, Math.min(options.rounds, 3));
  for (const kind of which) {
    const rates: number[] = [];
    for (let round = 0; round < rounds; round++) {
      if (kind === 'pglite') {
        const dataDir = path.join(WORK, `ingest-db-${process.pid}`);
        fs.rmSync(dataDir, { recursive: true, force: true });
        const handle = await createDb({ url: null, dir: dataDir });
        try {
          rates.push(await timeIngest(handle, files));
        } finally {
          await handle.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
      } else {
        const pg = await freshPostgres();
        try {
          rates.push(await timeIngest(pg.handle, files));
        } finally {
          await pg.drop();
        }
      }
    }
    const sorted = [...rates].sort((a, b) => a - b);
    rows.push({
      name: `ingest into ${kind}`,
      rate: {
        median: sorted[sorted.length >> 1],
        min: sorted[0],
        max: sorted[sorted.length - 1],
        rounds,
        roundMs: 0,
      },
      unit: 'reports/s',
      target: kind === 'pglite' ? 300 : 1000,
      inputs: files.length,
    });
  }
  return { bench: 'ingest', at: new Date().toISOString(), node: process.version, rows, peakRssMb: peakRssMb() };
}
